using System.Globalization;
using System.Reflection;
using System.Resources;

namespace FriendshipUnion.Samples;

/// <summary>
/// The samples' own texts in the language chosen with <c>--lang</c>: each text is written in English in the code and
/// looked up, by that English text, in the sample's Vietnamese resources (<c>Resources/Texts.vi.resx</c>, a satellite
/// assembly that works with trimming and native AOT). The library's own texts (rule statements, names of offices and
/// statuses, dates) come from <see cref="FriendshipUnion.Domain.Kernel.DomainText"/> in the same culture.
/// </summary>
internal static class Localizer
{
    private static ResourceManager? table;

    /// <summary>Gets the culture of the output: <c>vi</c> or <c>en</c>.</summary>
    internal static CultureInfo Culture { get; private set; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Gets a value indicating whether the output is in Vietnamese.</summary>
    internal static bool Vietnamese => FriendshipUnion.Domain.Kernel.DomainText.IsVietnamese(Culture);

    /// <summary>Chooses the language, and the sample's resources to read it from.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="assembly">The sample's assembly, whose <c>{name}.Resources.Texts</c> holds its texts.</param>
    internal static void Use(CultureInfo culture, Assembly assembly)
    {
        Culture = culture;
        table = new ResourceManager(assembly.GetName().Name + ".Resources.Texts", assembly);
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Translates a text written in English; English, or a text with no translation, is returned as it is.</summary>
    /// <param name="english">The English text.</param>
    /// <returns>The text in the chosen language.</returns>
    internal static string T(string english)
    {
        if (!Vietnamese || table is null)
        {
            return english;
        }

        try
        {
            return table.GetString(english, Culture) ?? english;
        }
        catch (MissingManifestResourceException)
        {
            return english; // a build without the resources still speaks, in English
        }
    }

    /// <summary>Translates a composite format written in English and formats it (<c>{0}</c>, <c>{1}</c> ... are kept in
    /// the translation, in whatever order the language needs).</summary>
    /// <param name="english">The English format.</param>
    /// <param name="args">The values.</param>
    /// <returns>The text in the chosen language.</returns>
    internal static string F(string english, params object?[] args) => string.Format(CultureInfo.InvariantCulture, T(english), args);

    /// <summary>Writes a day as the chosen language does (<c>17/09/2024</c> or <c>2024-09-17</c>).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The text.</returns>
    internal static string D(NodaTime.LocalDate date) => FriendshipUnion.Domain.Kernel.DomainText.FormatDate(date, Culture);

    /// <summary>Writes a partial date as the chosen language does (<c>11/07/2023–14/09/2023</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    internal static string D(FriendshipUnion.Domain.Kernel.PartialDate date) => FriendshipUnion.Domain.Kernel.DomainText.FormatDate(date, Culture);

    /// <summary>Writes an ordinal as the chosen language does ("6th", "lần thứ VI").</summary>
    /// <param name="n">The number.</param>
    /// <returns>The text.</returns>
    internal static string O(int n) => n >= 1 ? FriendshipUnion.Domain.Kernel.DomainText.Ordinal(n, Culture) : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the name of an enumeration member in the chosen language.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The name.</returns>
    internal static string N<TEnum>(TEnum value)
        where TEnum : struct, Enum => FriendshipUnion.Domain.Kernel.DomainText.Name(value, Culture);
}
