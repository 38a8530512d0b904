using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace FriendshipUnion.Domain.Serialization;

/// <summary>
/// The form of a decimal member, given once for the reader, the writer and the exported schema. A value is read
/// from a string that matches <see cref="Pattern"/>, or from a JSON number within the bounds with at most
/// <see cref="MaxScale"/> decimal places (exponents allowed: <c>1e3</c> is 1000); never through binary floating point.
/// </summary>
internal sealed partial class DecimalFormat
{
    private readonly Regex regex;

    private DecimalFormat(string pattern, decimal minimum, bool minimumInclusive, decimal maximumExclusive, int maxScale, string description)
    {
        Pattern = pattern;
        regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        Minimum = minimum;
        MinimumInclusive = minimumInclusive;
        MaximumExclusive = maximumExclusive;
        MaxScale = maxScale;
        Description = description;
    }

    /// <summary>Amounts of money: fewer than 10^15 units, at most four decimals (the largest minor unit).</summary>
    internal static DecimalFormat Amount { get; } = new(
        "^-?[0-9]{1,15}(?:\\.[0-9]{1,4})?" + Patterns.End,
        -1_000_000_000_000_000m,
        minimumInclusive: false,
        1_000_000_000_000_000m,
        4,
        "An amount: at most 15 digits before the point and 4 after it, written as a string (read also from a JSON number), so that no binary floating point is involved.");

    /// <summary>Exchange rates: from 10^-10 up to (not including) 10^10, at most 18 decimals.</summary>
    internal static DecimalFormat Rate { get; } = new(
        "^(?:[1-9][0-9]{0,9}(?:\\.[0-9]{1,18})?|0\\.(?=0{0,9}[1-9])[0-9]{1,18})" + Patterns.End,
        Currencies.ExchangeRate.MinRate,
        minimumInclusive: true,
        10_000_000_000m,
        18,
        "An exchange rate: from 0.0000000001 up to 9999999999.999999999999999999, at most 18 decimals, written as a string (read also from a JSON number).");

    /// <summary>Percentages: 0 to 999.99 in form, at most two decimals; the rules ask for more than 0 and at most 100.</summary>
    internal static DecimalFormat Percentage { get; } = new(
        "^[0-9]{1,3}(?:\\.[0-9]{1,2})?" + Patterns.End,
        0m,
        minimumInclusive: true,
        1000m,
        2,
        "A percentage with at most two decimals, written as a string or a JSON number.");

    internal string Pattern { get; }

    internal decimal Minimum { get; }

    internal bool MinimumInclusive { get; }

    internal decimal MaximumExclusive { get; }

    internal int MaxScale { get; }

    internal string Description { get; }

    internal decimal Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString()!;
                return regex.IsMatch(text)
                    ? decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
                    : throw new JsonValueException($"'{Printable.Escape(text)}' is not in the form this member takes. {Description}");
            case JsonTokenType.Number:
                var literal = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
                return TryParseNumber(literal, MaxScale, out var value) && InRange(value)
                    ? value
                    : throw new JsonValueException($"{System.Text.Encoding.UTF8.GetString(literal)} is out of range or has too many decimals. {Description}");
            default:
                throw new JsonValueException($"Expected a string or a number, found {reader.TokenType}. {Description}");
        }
    }

    internal void Write(Utf8JsonWriter writer, decimal value) => writer.WriteStringValue(Format(value));

    /// <summary>Formats a value the way the pattern reads it: trailing zeros beyond the allowed decimals are dropped.</summary>
    internal string Format(decimal value)
    {
        if (value.Scale > MaxScale)
        {
            value = decimal.Round(value, MaxScale) == value ? decimal.Round(value, MaxScale) : value;
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    internal JsonObject Schema() => new()
    {
        ["type"] = new JsonArray("string", "number"),
        ["pattern"] = Pattern,
        [MinimumInclusive ? "minimum" : "exclusiveMinimum"] = Minimum,
        ["exclusiveMaximum"] = MaximumExclusive,
        ["multipleOf"] = 1m / Pow10(MaxScale),
        ["description"] = Description,
    };

    private bool InRange(decimal value) => (MinimumInclusive ? value >= Minimum : value > Minimum) && value < MaximumExclusive;

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Reads a JSON number literal exactly, keeping its decimals (<c>1000.10</c> stays 1000.10): its digits and
    /// exponent are read as text, so that a value with more decimals than <paramref name="maxScale"/> or more digits
    /// than a decimal holds is refused, never rounded. Trailing zeros are dropped only where they must be.</summary>
    internal static bool TryParseNumber(ReadOnlySpan<byte> literal, int maxScale, out decimal value)
    {
        value = 0;
        var negative = !literal.IsEmpty && literal[0] == (byte)'-';
        var rest = negative ? literal[1..] : literal;
        var e = rest.IndexOfAny((byte)'e', (byte)'E');
        var number = e < 0 ? rest : rest[..e];
        long exponent = 0;
        if (e >= 0)
        {
            var exp = rest[(e + 1)..];
            var expNegative = !exp.IsEmpty && exp[0] == (byte)'-';
            foreach (var c in exp)
            {
                if (c is >= (byte)'0' and <= (byte)'9')
                {
                    exponent = Math.Min((exponent * 10) + (c - '0'), 1_000_000);
                }
            }

            exponent = expNegative ? -exponent : exponent;
        }

        var dot = number.IndexOf((byte)'.');
        var fraction = dot < 0 ? [] : number[(dot + 1)..];
        var digits = (System.Text.Encoding.ASCII.GetString(dot < 0 ? number : number[..dot]) + System.Text.Encoding.ASCII.GetString(fraction)).TrimStart('0');
        if (digits.Length == 0 || digits.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return digits.Length == 0; // zero, whatever its exponent
        }

        var power = exponent - fraction.Length;
        var trailingZeros = digits.Length - digits.TrimEnd('0').Length;
        var strip = (int)Math.Clamp(Math.Max(digits.Length - 28, -power - maxScale), 0, trailingZeros);
        digits = digits[..^strip];
        power += strip;
        if (-power > maxScale || digits.Length + Math.Max(power, 0) > 28)
        {
            return false;
        }

        var mantissa = decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (power >= 0)
        {
            value = mantissa * Pow10((int)power);
        }
        else
        {
            var bits = decimal.GetBits(mantissa);
            value = new decimal(bits[0], bits[1], bits[2], false, (byte)-power);
        }

        value = negative ? -value : value;
        return true;
    }
}

/// <summary>A converter of decimal members in one <see cref="DecimalFormat"/>.</summary>
internal interface IDecimalJsonConverter
{
    DecimalFormat Format { get; }
}

/// <summary>Decimal members in the <see cref="DecimalFormat.Amount"/> form.</summary>
internal sealed class AmountJsonConverter : JsonConverter<decimal>, IDecimalJsonConverter
{
    public DecimalFormat Format => DecimalFormat.Amount;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Format.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => Format.Write(writer, value);
}

/// <summary>Decimal members in the <see cref="DecimalFormat.Rate"/> form.</summary>
internal sealed class RateJsonConverter : JsonConverter<decimal>, IDecimalJsonConverter
{
    public DecimalFormat Format => DecimalFormat.Rate;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Format.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => Format.Write(writer, value);
}

/// <summary>Decimal members in the <see cref="DecimalFormat.Percentage"/> form.</summary>
internal sealed class PercentageJsonConverter : JsonConverter<decimal>, IDecimalJsonConverter
{
    public DecimalFormat Format => DecimalFormat.Percentage;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Format.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => Format.Write(writer, value);
}

/// <summary>The names an enum is written with: its members' names in camelCase, matched exactly (no other case, no
/// numbers, no lists).</summary>
internal static class EnumNames
{
    internal static string[] Of(Type enumType) => Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
}

/// <summary>Enums as their camelCase names, exactly; any other spelling or a number is refused.</summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = EnumNames.Of(typeof(TEnum));
    private static readonly byte[][] Utf8Names = Names.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < Utf8Names.Length; i++)
            {
                if (reader.ValueTextEquals(Utf8Names[i]))
                {
                    return Values[i];
                }
            }

            throw new JsonValueException($"'{Printable.Escape(reader.GetString()!)}' is not one of: {string.Join(", ", Names)}.");
        }

        throw new JsonValueException($"Expected one of {string.Join(", ", Names)} as a string, found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var i = Array.IndexOf(Values, value);
        if (i < 0)
        {
            throw new JsonException($"{typeof(TEnum).Name} has no member {value}.");
        }

        writer.WriteStringValue(Names[i]);
    }
}

/// <summary>The integer members of the format: any JSON number with an integral value (<c>3</c>, <c>3.0</c>,
/// <c>3e0</c>) within the member's range. The ranges are given here once, for the reader and the schema.</summary>
internal sealed class StrictInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonValueException($"Expected a whole number, found {reader.TokenType}.");
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        var literal = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return DecimalFormat.TryParseNumber(literal, 0, out var number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new JsonValueException($"{System.Text.Encoding.UTF8.GetString(literal)} is not a whole number from {int.MinValue} to {int.MaxValue}.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>The range of each integer member, for the schema (the reader checks them where it maps the member).</summary>
internal static class JsonIntegers
{
    internal static (long Minimum, long Maximum) RangeOf(string? member) => member switch
    {
        "daysBack" => (0, Currencies.RatePolicy.MaxDaysBack),
        "ordinal" or "term" or "declaredSize" or "declaredCount" or "number" => (1, int.MaxValue),
        "count" or "leadershipTerm" => (0, int.MaxValue),
        "year" or "lastYear" => (Documents.DocumentSymbol.MinYear, Documents.DocumentSymbol.MaxYear),
        "fromYear" or "toYear" => (1900, 9999),
        "schemaVersion" => (DatasetJson.SupportedSchemaVersions[0], DatasetJson.SupportedSchemaVersions[^1]),
        _ => (int.MinValue, int.MaxValue),
    };
}
