using System.Text;
using System.Text.Json;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Serialization;

/// <summary>The value forms of the format: decimals read exactly from strings and numbers, integers from any integral
/// number, enums by their exact names; and how the reader's limits and versions are told.</summary>
public sealed class JsonFormatsTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    [Theory]
    [InlineData("0", 4, "0")]
    [InlineData("-0", 4, "0")]
    [InlineData("0.0000", 4, "0")]
    [InlineData("0e400", 0, "0")]
    [InlineData("1", 0, "1")]
    [InlineData("-12.5", 1, "-12.5")]
    [InlineData("1000.10", 2, "1000.10")]
    [InlineData("1e3", 0, "1000")]
    [InlineData("1E+3", 0, "1000")]
    [InlineData("25e-2", 2, "0.25")]
    [InlineData("1e-4", 4, "0.0001")]
    [InlineData("100e-2", 2, "1.00")]
    [InlineData("1.000000", 4, "1.0000")]
    [InlineData("9.99e14", 0, "999000000000000")]
    [InlineData("1234567890123456789012345678", 0, "1234567890123456789012345678")]
    [InlineData("0.0000000000000000000000000001", 28, "0.0000000000000000000000000001")]
    public void A_number_within_the_decimals_allowed_is_read_exactly(string literal, int maxScale, string expected)
    {
        Assert.True(DecimalFormat.TryParseNumber(Encoding.ASCII.GetBytes(literal), maxScale, out var value));
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1e-5", 4)]
    [InlineData("0.00001", 4)]
    [InlineData("1.5", 0)]
    [InlineData("12345678901234567890123456789", 0)]
    [InlineData("1E+28", 0)]
    [InlineData("1e1000000000", 0)]
    [InlineData("1e-1000000000", 28)]
    [InlineData("1.23456789012345678901234567891", 28)]
    public void A_number_with_more_decimals_or_digits_than_allowed_is_refused(string literal, int maxScale) =>
        Assert.False(DecimalFormat.TryParseNumber(Encoding.ASCII.GetBytes(literal), maxScale, out _));

    [Theory]
    [InlineData("\"1000.10\"", true)]
    [InlineData("1000.1", true)]
    [InlineData("\"999999999999999.9999\"", true)]
    [InlineData("999999999999999.9999", true)]
    [InlineData("-999999999999999.9999", true)]
    [InlineData("1e15", false)]
    [InlineData("-1e15", false)]
    [InlineData("\"-1000000000000000\"", false)]
    [InlineData("\"1000.00001\"", false)]
    [InlineData("\" 1\"", false)]
    [InlineData("\"+1\"", false)]
    [InlineData("\".5\"", false)]
    [InlineData("true", false)]
    [InlineData("null", false)]
    public void Amounts_take_the_amount_form(string json, bool read) => Assert.Equal(read, TryRead(DecimalFormat.Amount, json));

    [Theory]
    [InlineData("\"0.0000000001\"", true)]
    [InlineData("0.0000000001", true)]
    [InlineData("1e-10", true)]
    [InlineData("\"9999999999.999999999999999999\"", true)]
    [InlineData("9999999999.999999999999999999", true)]
    [InlineData("\"25400.5\"", true)]
    [InlineData("\"0.00000000009\"", false)]
    [InlineData("9.9e-11", false)]
    [InlineData("\"10000000000\"", false)]
    [InlineData("1e10", false)]
    [InlineData("\"0\"", false)]
    [InlineData("0", false)]
    [InlineData("\"-1\"", false)]
    [InlineData("\"1.0000000000000000001\"", false)]
    [InlineData("\"025400.5\"", false)]
    public void Rates_take_the_rate_form(string json, bool read) => Assert.Equal(read, TryRead(DecimalFormat.Rate, json));

    [Theory]
    [InlineData("\"100\"", true)]
    [InlineData("60.25", true)]
    [InlineData("0", true)]
    [InlineData("999.99", true)]
    [InlineData("1000", false)]
    [InlineData("-0.01", false)]
    [InlineData("\"60.255\"", false)]
    [InlineData("60.255", false)]
    public void Percentages_take_the_percentage_form(string json, bool read) => Assert.Equal(read, TryRead(DecimalFormat.Percentage, json));

    [Theory]
    [InlineData(100.000, "100.00")]
    [InlineData(60.5, "60.5")]
    public void A_percentage_is_written_in_its_form(double value, string written)
    {
        var decimalValue = (decimal)value;
        if (written.EndsWith(".00", StringComparison.Ordinal))
        {
            decimalValue = 100.0000m;
        }

        Assert.Equal(written, DecimalFormat.Percentage.Format(decimalValue));
        Assert.Matches(DecimalFormat.Percentage.Pattern, DecimalFormat.Percentage.Format(decimalValue));
    }

    [Fact]
    public void A_refusal_names_the_value_and_the_form()
    {
        var ex = Assert.ThrowsAny<JsonException>(() => Read(DecimalFormat.Rate, "\"0\""));
        Assert.Contains("'0' is not in the form this member takes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("An exchange rate", ex.Message, StringComparison.Ordinal);
        ex = Assert.ThrowsAny<JsonException>(() => Read(DecimalFormat.Amount, "1e15"));
        Assert.Contains("1e15 is out of range or has too many decimals", ex.Message, StringComparison.Ordinal);
        ex = Assert.ThrowsAny<JsonException>(() => Read(DecimalFormat.Amount, "[]"));
        Assert.Contains("Expected a string or a number, found StartArray", ex.Message, StringComparison.Ordinal);
    }

    private static bool TryRead(DecimalFormat format, string json)
    {
        try
        {
            Read(format, json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static decimal Read(DecimalFormat format, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return format.Read(ref reader);
    }

    private const string Minimal = """{ "schemaVersion": 4, "unions": [ { "id": "vufo", "level": "central", "names": [ { "vi": "V", "en": "V" } ], "congresses": [ { "ordinal": ORDINAL, "held": "2024-09-17", "termLabel": "2024–2029" } ] } ] }""";

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("1e0", true)]
    [InlineData("10e-1", true)]
    [InlineData("1.5", false)]
    [InlineData("\"1\"", false)]
    [InlineData("true", false)]
    [InlineData("2147483648", false)]
    [InlineData("-2147483649", false)]
    public void Integers_are_any_integral_number(string ordinal, bool read)
    {
        var result = JsonText.TryRead(Minimal.Replace("ORDINAL", ordinal, StringComparison.Ordinal), Today);
        Assert.Equal(read, result.Success);
        if (!read)
        {
            Assert.Equal("$.unions[0].congresses[0].ordinal", Assert.Single(result.Violations).Path);
        }
    }

    [Fact]
    public void An_enum_refusal_lists_the_names()
    {
        var result = JsonText.TryRead(Minimal.Replace("ORDINAL", "1", StringComparison.Ordinal).Replace("\"central\"", "\"Central\"", StringComparison.Ordinal), Today);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(("$.unions[0].level", RuleCodes.JsonInvalidValue), (violation.Path, violation.Code));
        Assert.Contains("'Central' is not one of: central, provincial", violation.Message, StringComparison.Ordinal);
        var number = Assert.Single(JsonText.TryRead(Minimal.Replace("ORDINAL", "1", StringComparison.Ordinal).Replace("\"central\"", "0", StringComparison.Ordinal), Today).Violations);
        Assert.Contains("Expected one of central, provincial", number.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "people", "[]", "'people' belongs to schema version 2; this document declares version 1.")]
    [InlineData(2, "documents", "[]", "'documents' belongs to schema version 3; this document declares version 2.")]
    [InlineData(3, "exchangeRates", "{ \"daysBack\": 0, \"rates\": [] }", "'exchangeRates' belongs to schema version 4; this document declares version 3.")]
    [InlineData(3, "aid", "{}", "'aid' belongs to schema version 4; this document declares version 3.")]
    public void A_member_of_a_later_version_is_refused_in_an_older_document(int version, string member, string value, string message)
    {
        var json = $$"""{ "schemaVersion": {{version}}, "{{member}}": {{value}}, "unions": [] }""";
        var violation = Assert.Single(JsonText.TryRead(json, Today).Violations);
        Assert.Equal((RuleCodes.JsonSchemaVersion, "$." + member, message), (violation.Code, violation.Path, violation.Message));
    }

    [Theory]
    [InlineData(1, "bodies", 2)]
    [InlineData(1, "leadership", 2)]
    [InlineData(2, "programmes", 3)]
    [InlineData(2, "plans", 3)]
    public void A_union_member_of_a_later_version_is_refused_in_an_older_document(int version, string member, int since)
    {
        var json = $$"""{ "schemaVersion": {{version}}, "unions": [ { "id": "vufo", "level": "central", "names": [ { "vi": "V", "en": "V" } ], "congresses": [], "{{member}}": [] } ] }""";
        var violation = Assert.Single(JsonText.TryRead(json, Today).Violations);
        Assert.Equal((RuleCodes.JsonSchemaVersion, $"$.unions[0].{member}"), (violation.Code, violation.Path));
        Assert.Contains($"belongs to schema version {since}", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7", "Schema version 7 is not one this library reads (1, 2, 3, 4, 5, 6).")]
    [InlineData("0", "Schema version 0 is not one this library reads (1, 2, 3, 4, 5, 6).")]
    [InlineData("4e0", null)]
    [InlineData("7e0", "Schema version 7 is not one this library reads (1, 2, 3, 4, 5, 6).")]
    public void The_schema_version_is_told_first_wherever_it_stands(string version, string? message)
    {
        var json = $$"""{ "unions": [], "description": "x", "schemaVersion": {{version}} }""";
        var result = JsonText.TryRead(json, Today);
        if (message is null)
        {
            Assert.True(result.Success);
            return;
        }

        var violation = Assert.Single(result.Violations);
        Assert.Equal((RuleCodes.JsonSchemaVersion, "$.schemaVersion", message), (violation.Code, violation.Path, violation.Message));
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void Nesting_is_allowed_to_the_limit_and_refused_beyond(int depth, bool allowed)
    {
        // The root object is one level; the description's arrays add the rest.
        var json = "{\"schemaVersion\": 4, \"unions\": [], \"x\": " + new string('[', depth) + new string(']', depth) + "}";
        var result = JsonText.TryRead(json, Today);
        Assert.False(result.Success);
        Assert.Equal(allowed ? RuleCodes.JsonMalformed : RuleCodes.JsonLimit, result.Violations[0].Code);
    }

    [Fact]
    public void A_document_of_the_limit_size_is_read_and_one_byte_more_is_refused()
    {
        var head = Encoding.UTF8.GetBytes("{\"schemaVersion\": 4, \"unions\": []}");
        var atLimit = new byte[DatasetJson.MaxDocumentBytes];
        head.CopyTo(atLimit, 0);
        atLimit.AsSpan(head.Length).Fill((byte)' ');
        Assert.True(JsonText.TryRead(atLimit, Today).Success);

        var over = new byte[DatasetJson.MaxDocumentBytes + 1];
        atLimit.CopyTo(over, 0);
        over[^1] = (byte)' ';
        var violation = Assert.Single(JsonText.TryRead(over, Today).Violations);
        Assert.Equal((RuleCodes.JsonLimit, "$", "The document is larger than 64 MiB."), (violation.Code, violation.Path, violation.Message));
    }

    [Fact]
    public void The_size_limit_is_the_reader_s_option_from_a_span_and_from_a_stream()
    {
        var json = Encoding.UTF8.GetBytes("{\"schemaVersion\": 4, \"unions\": []}");
        var exact = DatasetOptions.Default with { MaxDocumentBytes = json.Length };
        var under = DatasetOptions.Default with { MaxDocumentBytes = json.Length - 1 };
        Assert.True(DatasetJson.TryRead(json, Today, exact, out _, out _));
        Assert.True(DatasetJson.TryRead(new MemoryStream(json), Today, exact, out _, out _));
        Assert.False(DatasetJson.TryRead(json, Today, under, out _, out var refused));
        Assert.Equal((RuleCodes.JsonLimit, "$", $"The document is larger than {json.Length - 1} bytes."), (refused[0].Code, refused[0].Path, refused[0].Message));
        Assert.False(DatasetJson.TryRead(new MemoryStream(json), Today, under, out _, out var fromStream));
        Assert.Equal(RuleCodes.JsonLimit, Assert.Single(fromStream).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => DatasetOptions.Default with { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => DatasetOptions.Default with { MaxDocumentBytes = int.MaxValue });
        Assert.Equal(DatasetJson.MaxDocumentBytes, DatasetOptions.Default.MaxDocumentBytes);
    }

    [Fact]
    public void Serializer_messages_speak_of_the_format_not_of_dotnet_types()
    {
        var person = Assert.Single(JsonText.TryRead("""{ "schemaVersion": 4, "people": [ 1 ], "unions": [] }""", Today).Violations);
        Assert.Contains("does not have the type of an object of the format (person)", person.Message, StringComparison.Ordinal);
        var list = Assert.Single(JsonText.TryRead("""{ "schemaVersion": 4, "people": {}, "unions": [] }""", Today).Violations);
        Assert.True(list.Message.Contains("a list", StringComparison.Ordinal), list.Message);
        var text = Assert.Single(JsonText.TryRead("""{ "schemaVersion": 4, "description": 1, "unions": [] }""", Today).Violations);
        Assert.Equal(("$.description", "The value does not have the type this member takes. (line 1)"), (text.Path, text.Message));
        var flag = Assert.Single(JsonText.TryRead("""{ "schemaVersion": 4, "unions": [], "aid": { "activities": [ { "id": "a", "union": "u", "title": "t", "kind": "project", "currency": "VND", "proposed": "2024-01-01", "allowsOverdraft": "yes" } ] } }""", Today).Violations);
        Assert.True(flag.Message.Contains("true or false", StringComparison.Ordinal) || flag.Message.Contains("(activity)", StringComparison.Ordinal), flag.Message);
        Assert.Contains("allowsOverdraft", flag.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("FriendshipUnion.Domain", person.Message + list.Message + text.Message + flag.Message, StringComparison.Ordinal);
        Assert.Contains("(line 1)", person.Message, StringComparison.Ordinal);
    }
}
