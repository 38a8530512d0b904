using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using NodaTime;

namespace FriendshipUnion.Domain.Iati;

/// <summary>What reading an IATI file found besides its activities: the version, the rules broken (with line, column
/// and location), and what the file holds that the model does not, by element name and count. Filled as a streaming
/// read goes on.</summary>
public sealed class IatiReadLog
{
    private readonly List<IatiViolation> violations = [];
    private readonly List<IatiSummaryEntry> summaries = [];
    private readonly SortedDictionary<string, int> notHeld = new(StringComparer.Ordinal);

    /// <summary>Gets the version the file declares (<c>iati-activities/@version</c>), or <see langword="null"/>.</summary>
    public string? Version { get; internal set; }

    /// <summary>Gets the number of activities read.</summary>
    public int Activities { get; internal set; }

    /// <summary>Gets a value indicating whether the file was read to its end as well-formed XML of a readable version.</summary>
    public bool Completed { get; internal set; }

    /// <summary>Gets the rules the file breaks, in file order.</summary>
    public IReadOnlyList<IatiViolation> Violations => violations.AsReadOnly();

    /// <summary>Gets what the file holds that the model does not: element name (<c>budget</c>,
    /// <c>transaction/aid-type</c>, <c>iati-activity/@hierarchy</c>, <c>{namespace}name</c> for extensions) and how
    /// many times it occurs.</summary>
    public IReadOnlyDictionary<string, int> NotHeld => notHeld.AsReadOnly();

    /// <summary>Gets the summary entries of this library's export (<c>fu:summary</c>), in file order, each with the
    /// rules it breaks.</summary>
    public IReadOnlyList<IatiSummaryEntry> Summaries => summaries.AsReadOnly();

    internal void Add(IatiViolation violation) => violations.Add(violation);

    internal void Add(IatiSummaryEntry summary) => summaries.Add(summary);

    internal void Count(string name) => notHeld[name] = notHeld.GetValueOrDefault(name) + 1;
}

/// <summary>An IATI activity file read whole: its activities and its log.</summary>
/// <param name="Source">The file's name as the caller gave it, or <see langword="null"/>.</param>
/// <param name="Activities">The activities, in file order (with the rules each breaks).</param>
/// <param name="Log">The version, the rules broken and what the model does not hold.</param>
public sealed record IatiFile(string? Source, IReadOnlyList<IatiActivity> Activities, IatiReadLog Log);

/// <summary>Reads and writes IATI activity XML (the standard's 2.03 schema; 2.01 and 2.02 are read too).</summary>
public static partial class IatiXml
{
    /// <summary>The namespace of this library's extension attributes and elements, which IATI allows after the
    /// standard's own; an export carries in it what IATI has no element for, so that it reads back exactly.</summary>
    public const string ExtensionNamespace = "urn:friendship-union:iati:1";

    internal static readonly CountryCode VietNam = CountryCode.Parse("VN");

    /// <summary>Reads a whole file. Never throws for any content: malformed XML, a DTD, a wrong root or version is
    /// one violation with its line and column; the activities read before it are kept.</summary>
    /// <param name="stream">The file's bytes (UTF-8 or as its XML declaration says).</param>
    /// <param name="source">The file's name, for positions, or <see langword="null"/>.</param>
    /// <returns>The activities and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read from.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IatiFile Read(Stream stream, string? source = null)
    {
        var log = new IatiReadLog();
        var activities = ReadActivities(stream, log, source).ToList();
        return new IatiFile(source, activities.AsReadOnly(), log);
    }

    /// <summary>Reads the activities of a file one at a time, holding only the current one: for files of any size. The
    /// log fills as the enumeration goes on; enumerate to the end before relying on it. Never throws for any content
    /// (see <see cref="Read(Stream, string?)"/>).</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="log">The log to fill.</param>
    /// <param name="source">The file's name, for positions, or <see langword="null"/>.</param>
    /// <returns>The activities, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="log"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read from.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IEnumerable<IatiActivity> ReadActivities(Stream stream, IatiReadLog log, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(log);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read from.", nameof(stream));
        }

        return Iterate(stream, log, source);
    }

    private static IEnumerable<IatiActivity> Iterate(Stream stream, IatiReadLog log, string? source)
    {
        using var parser = new ActivityParser(stream, log, source);
        while (parser.TryNext(out var activity))
        {
            yield return activity;
        }
    }

    [GeneratedRegex(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalForm();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:Z|[+-][0-9]{2}:[0-9]{2}|T[0-9:.]+(?:Z|[+-][0-9]{2}:[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateForm();

    // Reads xsd:decimal: an optional sign, digits and a point; no exponent, no grouping, no spaces inside.
    internal static bool TryDecimal(string? text, out decimal value)
    {
        value = 0;
        var trimmed = text.AsSpan().Trim(" \t\r\n");
        return trimmed.Length is > 0 and <= 64 && DecimalForm().IsMatch(trimmed)
            && decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // Reads xsd:date (a time zone is allowed and ignored; a time, which some publishers add, is ignored too).
    internal static bool TryDate(string? text, out LocalDate date)
    {
        date = default;
        var trimmed = text.AsSpan().Trim(" \t\r\n");
        if (trimmed.Length is 0 or > 40 || !DateForm().IsMatch(trimmed))
        {
            return false;
        }

        // The form has matched: YYYY-MM-DD are digits; the day must exist.
        var year = ((trimmed[0] - '0') * 1000) + ((trimmed[1] - '0') * 100) + ((trimmed[2] - '0') * 10) + (trimmed[3] - '0');
        var month = ((trimmed[5] - '0') * 10) + (trimmed[6] - '0');
        var day = ((trimmed[8] - '0') * 10) + (trimmed[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    internal static bool TryBoolean(string? text, out bool value)
    {
        switch (text?.Trim(' ', '\t', '\r', '\n'))
        {
            case "true" or "1":
                value = true;
                return true;
            case "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    // A location built only when it is needed: the parent's path, and the element's name and index among its
    // siblings of that name (no name: the parent itself).
    private readonly record struct ChildPath(IatiPath Parent, string? Key, int Index)
    {
        public static implicit operator ChildPath(string path) => new(new IatiPath(path), null, 0);

        public static implicit operator ChildPath(IatiPath path) => new(path, null, 0);

        public static implicit operator string(ChildPath path) => path.ToString();

        // The element's own location, to keep (in a position) or to be the parent of its children's.
        public IatiPath Node() => Key is null ? Parent : new IatiPath(Parent, Key, Index);

        public override string ToString() => Node().ToString();
    }

    // Reads one activity at a time from an XmlReader that refuses DTDs and resolves nothing. Every method that reads an
    // element consumes it whole and leaves the reader on the node after it. The depth of the code follows IATI's
    // structure, never the input's: unknown content is skipped by the XmlReader, which does not recurse.
    private sealed class ActivityParser : IDisposable
    {
        private static readonly IatiPath Root = new("/iati-activities");

        private static readonly HashSet<string> HeldActivityAttributes = new(StringComparer.Ordinal) { "default-currency", "humanitarian" };

        private readonly XmlReader reader;
        private readonly IXmlLineInfo lines;
        private readonly IatiReadLog log;
        private readonly string? source;
        private List<IatiViolation> found = [];
        private bool started;
        private bool done;
        private int index;
        private int summaryIndex;

        public ActivityParser(Stream stream, IatiReadLog log, string? source)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                MaxCharactersFromEntities = 1024,
                CloseInput = false,
            };
            reader = XmlReader.Create(stream, settings);
            lines = (IXmlLineInfo)reader;
            this.log = log;
            this.source = source;
        }

        public void Dispose() => reader.Dispose();

        public bool TryNext([NotNullWhen(true)] out IatiActivity? activity)
        {
            activity = null;
            if (done)
            {
                return false;
            }

            try
            {
                if (!started)
                {
                    started = true;
                    if (!Start())
                    {
                        done = true;
                        return false;
                    }
                }

                while (true)
                {
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0)
                    {
                        reader.Read();
                        while (!reader.EOF)
                        {
                            reader.Read();
                        }

                        log.Completed = true;
                        done = true;
                        return false;
                    }

                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        if (!reader.Read())
                        {
                            done = true;
                            return false;
                        }

                        continue;
                    }

                    if (reader.LocalName == "iati-activity" && reader.NamespaceURI.Length == 0)
                    {
                        index++;
                        activity = ReadActivity(new IatiPath(Root, "iati-activity", index));
                        log.Activities++;
                        return true;
                    }

                    if (reader.LocalName == "summary" && reader.NamespaceURI == ExtensionNamespace)
                    {
                        summaryIndex++;
                        log.Add(Summary(new IatiPath(Root, "fu:summary", summaryIndex)));
                        continue;
                    }

                    CountNotHeld(string.Empty);
                    reader.Skip();
                }
            }
            catch (XmlException e)
            {
                Fail(IatiRules.Xml, $"The file is not well-formed XML: {e.Message}", e.LineNumber > 0 ? e.LineNumber : Math.Max(1, lines.LineNumber), e.LineNumber > 0 ? e.LinePosition : Math.Max(1, lines.LinePosition));
            }
            catch (DecoderFallbackException e)
            {
                Fail(IatiRules.Xml, $"The file is not in the encoding it declares: {e.Message}", lines.LineNumber, lines.LinePosition);
            }

            done = true;
            return false;
        }

        private void Fail(string code, string message, int line, int column)
        {
            log.Add(new IatiViolation(code, message, new IatiPosition(source, line, column, "/")));
        }

        // Moves to the root and checks it: iati-activities of version 2.01, 2.02 or 2.03.
        private bool Start()
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element)
            {
                Fail(IatiRules.Xml, "The file has no root element.", lines.LineNumber, lines.LinePosition);
                return false;
            }

            if (reader.LocalName != "iati-activities" || reader.NamespaceURI.Length != 0)
            {
                var what = reader.LocalName == "iati-organisations" ? "an IATI organisation file" : $"a document with the root <{reader.Name}>";
                Fail(IatiRules.Version, $"This is {what}; an IATI activity file has the root <iati-activities>.", lines.LineNumber, lines.LinePosition);
                return false;
            }

            var version = reader.GetAttribute("version")?.Trim();
            log.Version = version;
            if (version is null || !IatiCodelists.ReadableVersions.Contains(version))
            {
                var given = version is null ? "no version" : $"version '{Printable.Escape(version)}'";
                var hint = version is not null && version.StartsWith('1') ? " (IATI 1.x files must be upgraded to 2.0x)" : string.Empty;
                log.Add(new IatiViolation(IatiRules.Version, $"The file declares {given}{hint}; this package reads {string.Join(", ", IatiCodelists.ReadableVersions)}.", Position("/iati-activities/@version"), version));
                return false;
            }

            if (reader.IsEmptyElement)
            {
                reader.Read();
                log.Completed = true;
                return false;
            }

            reader.Read();
            return true;
        }

        private IatiPosition Position(ChildPath path) => new(source, lines.LineNumber, lines.LinePosition, path.Node());

        private void Add(string code, string message, string path, string? value = null) =>
            found.Add(new IatiViolation(code, message, Position(path), value is null ? null : Printable.Escape(value)));

        private void CountNotHeld(string parent)
        {
            var name = reader.NamespaceURI.Length == 0 ? reader.LocalName : $"{{{reader.NamespaceURI}}}{reader.LocalName}";
            log.Count(parent.Length == 0 ? name : $"{parent}/{name}");
        }

        // Walks the child elements of the element the reader is on: each must be consumed by the caller (one left
        // unread is passed over); text and other nodes are passed over. A struct, so that walking allocates nothing
        // but the counts of names, which are pooled.
        private struct ChildCursor
        {
            private readonly ActivityParser parser;
            private readonly IatiPath path;
            private readonly int depth;
            private readonly ChildCounts? counts;
            private int line;
            private int column;
            private bool pending;
            private bool ended;

            public ChildCursor(ActivityParser parser, IatiPath path)
            {
                this.parser = parser;
                this.path = path;
                var reader = parser.reader;
                if (reader.IsEmptyElement)
                {
                    reader.Read();
                    ended = true;
                    return;
                }

                depth = reader.Depth;
                counts = parser.RentCounts();
                reader.Read();
            }

            public bool Next(out string name, out ChildPath child)
            {
                var reader = parser.reader;
                var lines = parser.lines;
                name = string.Empty;
                child = default;
                if (ended)
                {
                    return false;
                }

                if (pending && reader.NodeType == XmlNodeType.Element && lines.LineNumber == line && lines.LinePosition == column)
                {
                    // The caller left its element unread: pass over it rather than loop.
                    reader.Skip();
                }

                pending = false;
                while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                        continue;
                    }

                    var plain = reader.NamespaceURI.Length == 0;
                    var key = plain ? reader.LocalName : reader.Name;
                    (line, column, pending) = (lines.LineNumber, lines.LinePosition, true);
                    name = plain ? reader.LocalName : $"{{{reader.NamespaceURI}}}{reader.LocalName}";
                    child = new ChildPath(path, key, counts!.Next(key));
                    return true;
                }

                reader.Read();
                parser.ReturnCounts(counts!);
                ended = true;
                return false;
            }
        }

        // How many children of each name an element has had so far: a short list (names come from the reader's name
        // table, so most compare by reference), a dictionary once there are many names.
        private sealed class ChildCounts
        {
            private readonly List<KeyValuePair<string, int>> few = [];
            private Dictionary<string, int>? many;

            public int Next(string key)
            {
                if (many is not null)
                {
                    return many[key] = many.GetValueOrDefault(key) + 1;
                }

                for (var i = 0; i < few.Count; i++)
                {
                    if (ReferenceEquals(few[i].Key, key) || few[i].Key == key)
                    {
                        var n = few[i].Value + 1;
                        few[i] = new(key, n);
                        return n;
                    }
                }

                few.Add(new(key, 1));
                if (few.Count > 32)
                {
                    many = new Dictionary<string, int>(few, StringComparer.Ordinal);
                }

                return 1;
            }

            public void Clear()
            {
                few.Clear();
                many = null;
            }
        }

        private readonly Stack<ChildCounts> pool = new();

        // The narratives of the element being read (narratives do not nest).
        private readonly List<IatiNarrative> narratives = [];

        private ChildCounts RentCounts() => pool.Count > 0 ? pool.Pop() : new ChildCounts();

        private void ReturnCounts(ChildCounts counts)
        {
            counts.Clear();
            pool.Push(counts);
        }

        // The text content of an element, child elements passed over; consumes the element.
        private string Text()
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return string.Empty;
            }

            var depth = reader.Depth;
            reader.Read();
            if (reader.NodeType is XmlNodeType.Text && reader.Depth == depth + 1)
            {
                // The common case, one text node: no builder.
                var value = reader.Value;
                reader.Read();
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    reader.Read();
                    return value.Trim();
                }

                return TextAfter(depth, new StringBuilder(value));
            }

            return TextAfter(depth, new StringBuilder());
        }

        // The rest of an element's text, after what the builder holds; consumes the element.
        private string TextAfter(int depth, StringBuilder text)
        {
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
                {
                    text.Append(reader.Value);
                    reader.Read();
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }

            reader.Read();
            return text.ToString().Trim();
        }

        // The narratives of an element, each in its xml:lang (inherited from the activity when it has none).
        private IatiText Narratives(ChildPath path, bool required)
        {
            var element = reader.LocalName;
            var (line, column) = (lines.LineNumber, lines.LinePosition);
            var narratives = this.narratives;
            narratives.Clear();
            if (reader.IsEmptyElement)
            {
                reader.Read();
            }
            else
            {
                var depth = reader.Depth;
                reader.Read();
                while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                    }
                    else if (reader.LocalName == "narrative" && reader.NamespaceURI.Length == 0)
                    {
                        var language = reader.XmlLang is { Length: > 0 } lang ? lang : null;
                        var text = Text();
                        if (text.Length > 0)
                        {
                            narratives.Add(new IatiNarrative(text, language));
                        }
                    }
                    else
                    {
                        CountNotHeld(element);
                        reader.Skip();
                    }
                }

                reader.Read();
            }

            if (required && narratives.Count == 0)
            {
                found.Add(new IatiViolation(IatiRules.Required, $"<{element}> needs at least one <narrative> with text.", new IatiPosition(source, line, column, path)));
            }

            return narratives.Count == 0 ? IatiText.Empty : IatiText.Wrap(narratives.ToArray());
        }

        private string? Attribute(string name) => reader.GetAttribute(name) is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

        private string? Extension(string name) => reader.GetAttribute(name, ExtensionNamespace) is { } value && value.Length > 0 ? value : null;

        private string? RequiredAttribute(string name, ChildPath path)
        {
            var value = Attribute(name);
            if (value is null)
            {
                Add(IatiRules.Required, $"<{reader.LocalName}> needs the attribute {name}.", $"{path}/@{name}");
            }

            return value;
        }

        private decimal? Percentage(ChildPath path)
        {
            if (reader.GetAttribute("percentage") is not { } text)
            {
                return null;
            }

            if (!TryDecimal(text, out var value))
            {
                Add(IatiRules.Value, $"The percentage '{Printable.Escape(text)}' is not a decimal number (xsd:decimal).", $"{path}/@percentage", text);
                return null;
            }

            return value;
        }

        private LocalDate? DateAttribute(string name, ChildPath path, bool required)
        {
            if (reader.GetAttribute(name) is not { } text)
            {
                if (required)
                {
                    Add(name == "value-date" ? IatiRules.ValueDate : IatiRules.Required, $"<{reader.LocalName}> needs the attribute {name} (a date, YYYY-MM-DD).", $"{path}/@{name}");
                }

                return null;
            }

            if (!TryDate(text, out var date))
            {
                Add(IatiRules.Value, $"'{Printable.Escape(text)}' is not a date (xsd:date, YYYY-MM-DD, years 0001–9999).", $"{path}/@{name}", text);
                return null;
            }

            return date;
        }

        private bool? Boolean(string name, ChildPath path)
        {
            if (reader.GetAttribute(name) is not { } text)
            {
                return null;
            }

            if (!TryBoolean(text, out var value))
            {
                Add(IatiRules.Value, $"'{Printable.Escape(text)}' is not a boolean (true, false, 1 or 0).", $"{path}/@{name}", text);
                return null;
            }

            return value;
        }

        private IatiOrganisation Organisation(ChildPath path, bool participating)
        {
            var position = Position(path);
            var role = default(IatiOrganisationRole?);
            if (participating)
            {
                var code = RequiredAttribute("role", path);
                if (code is not null)
                {
                    if (IatiCodelists.TryCode<IatiOrganisationRole>(code, out var parsed))
                    {
                        role = parsed;
                    }
                    else
                    {
                        Add(IatiRules.Code, $"The organisation role '{Printable.Escape(code)}' is not on the codelist OrganisationRole ({IatiCodelists.Codes<IatiOrganisationRole>()}).", $"{path}/@role", code);
                    }
                }
            }

            var party = Extension("party") is { } partyId
                ? new IatiPartyExtension { Id = partyId, Kind = Extension("kind"), Country = Extension("country"), Note = Extension("note"), Source = Extension("source"), Untyped = Extension("untyped") == "true" }
                : null;
            return new IatiOrganisation
            {
                Ref = Attribute("ref"),
                Type = Attribute("type"),
                Role = role,
                ActivityId = Attribute("activity-id") ?? Attribute("provider-activity-id") ?? Attribute("receiver-activity-id"),
                Party = party,
                Position = position,
                Name = Narratives(path, required: false), // last: it consumes the element
            };
        }

        private IatiRecipient Recipient(ChildPath path, bool region, bool transaction)
        {
            var position = Position(path);
            var code = RequiredAttribute("code", path) ?? string.Empty;
            var percentage = transaction ? null : Percentage(path);
            var vocabulary = region ? Attribute("vocabulary") ?? "1" : null;
            return new IatiRecipient(code, percentage) { Vocabulary = vocabulary, Position = position, Name = Narratives(path, required: false) };
        }

        private IatiSector Sector(ChildPath path, bool transaction)
        {
            var position = Position(path);
            var vocabulary = Attribute("vocabulary") ?? "1";
            var code = RequiredAttribute("code", path) ?? string.Empty;
            var percentage = transaction ? null : Percentage(path);
            return new IatiSector(vocabulary, code, percentage) { Position = position, Name = Narratives(path, required: false) };
        }

        private string? Code(ChildPath path)
        {
            var code = RequiredAttribute("code", path);
            reader.Skip();
            return code;
        }

        // A code of one of the numeric codelists whose meaning the import needs; a code off the list is reported at
        // the element.
        private T? Coded<T>(ChildPath path, string list)
            where T : struct, Enum
        {
            var (line, column) = (lines.LineNumber, lines.LinePosition);
            var code = Code(path);
            if (code is null)
            {
                return null;
            }

            if (IatiCodelists.TryCode<T>(code, out var parsed))
            {
                return parsed;
            }

            found.Add(new IatiViolation(IatiRules.Code, $"The code '{Printable.Escape(code)}' is not on the codelist {list} ({IatiCodelists.Codes<T>()}).", new IatiPosition(source, line, column, path + "/@code"), Printable.Escape(code)));
            return null;
        }

        private IatiCode AidType(ChildPath path)
        {
            var vocabulary = Attribute("vocabulary") ?? "1";
            var code = RequiredAttribute("code", path) ?? string.Empty;
            reader.Skip();
            return new IatiCode(vocabulary, code);
        }

        private IatiActivity ReadActivity(IatiPath path)
        {
            found = [];
            var position = Position(path);
            var language = reader.XmlLang is { Length: > 0 } lang ? lang : null;
            var defaultCurrency = Attribute("default-currency");
            var humanitarian = Boolean("humanitarian", path);
            var extension = new IatiLedgerExtension
            {
                ActivityId = Extension("id"),
                Kind = Extension("kind"),
                RecipientProvince = Extension("province"),
                AllowsOverdraft = Extension("overdraft") == "true",
                Note = Extension("note"),
                Source = Extension("source"),
            };
            if (Extension("proposed") is { } proposedText)
            {
                if (TryDate(proposedText, out var proposed))
                {
                    extension = extension with { Proposed = proposed };
                }
                else
                {
                    Add(IatiRules.Value, $"'{Printable.Escape(proposedText)}' is not a date.", $"{path}/@fu:proposed", proposedText);
                }
            }

            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    if (reader.NamespaceURI.Length == 0 && !HeldActivityAttributes.Contains(reader.LocalName))
                    {
                        log.Count("iati-activity/@" + reader.LocalName);
                    }
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }

            string? identifier = null;
            IatiOrganisation? reporting = null;
            var title = IatiText.Empty;
            var hasTitle = false;
            IatiActivityStatus? status = null;
            var statusSeen = false;
            string? collaboration = null, flow = null, finance = null, tied = null;
            var descriptions = new List<KeyValuePair<string?, IatiText>>();
            var participants = new List<IatiOrganisation>();
            var dates = new List<IatiActivityDate>();
            var countries = new List<IatiRecipient>();
            var regions = new List<IatiRecipient>();
            var sectors = new List<IatiSector>();
            var markers = new List<IatiPolicyMarker>();
            var aidTypes = new List<IatiCode>();
            var transactions = new List<IatiTransaction>();
            var statuses = new List<KeyValuePair<string, LocalDate>>();
            var transactionIndex = 0;

            var children = new ChildCursor(this, path);
            while (children.Next(out var name, out var child))
            {
                switch (name)
                {
                    case "iati-identifier":
                        identifier = Text();
                        break;
                    case "reporting-org":
                        reporting = Organisation(child, participating: false);
                        break;
                    case "title":
                        hasTitle = true;
                        title = Narratives(child, required: true);
                        break;
                    case "description":
                        var type = Attribute("type");
                        descriptions.Add(new(type, Narratives(child, required: true)));
                        break;
                    case "participating-org":
                        participants.Add(Organisation(child, participating: true));
                        break;
                    case "activity-status":
                        status = Coded<IatiActivityStatus>(child, "ActivityStatus");
                        statusSeen = true;
                        break;
                    case "activity-date":
                        var dateType = RequiredAttribute("type", child);
                        var date = DateAttribute("iso-date", child, required: true);
                        if (dateType is not null && !IatiCodelists.TryCode<IatiActivityDateType>(dateType, out _))
                        {
                            Add(IatiRules.Code, $"The activity date type '{Printable.Escape(dateType)}' is not on the codelist ActivityDateType (1, 2, 3, 4).", child + "/@type", dateType);
                        }
                        else if (dateType is not null && date is { } day)
                        {
                            IatiCodelists.TryCode<IatiActivityDateType>(dateType, out var kind);
                            dates.Add(new IatiActivityDate(kind, day));
                        }

                        reader.Skip();
                        break;
                    case "recipient-country":
                        countries.Add(Recipient(child, region: false, transaction: false));
                        break;
                    case "recipient-region":
                        regions.Add(Recipient(child, region: true, transaction: false));
                        break;
                    case "sector":
                        sectors.Add(Sector(child, transaction: false));
                        break;
                    case "policy-marker":
                        var markerVocabulary = Attribute("vocabulary") ?? "1";
                        var markerCode = RequiredAttribute("code", child) ?? string.Empty;
                        markers.Add(new IatiPolicyMarker(markerVocabulary, markerCode, Attribute("significance")));
                        reader.Skip();
                        break;
                    case "collaboration-type":
                        collaboration = Code(child);
                        break;
                    case "default-flow-type":
                        flow = Code(child);
                        break;
                    case "default-finance-type":
                        finance = Code(child);
                        break;
                    case "default-aid-type":
                        aidTypes.Add(AidType(child));
                        break;
                    case "default-tied-status":
                        tied = Code(child);
                        break;
                    case "transaction":
                        transactionIndex++;
                        if (Transaction(child) is { } transaction)
                        {
                            transactions.Add(transaction);
                        }

                        break;
                    case "{" + ExtensionNamespace + "}status":
                        var statusName = Attribute("code");
                        var statusDate = DateAttribute("date", child, required: true);
                        if (statusName is not null && statusDate is { } changed)
                        {
                            statuses.Add(new(statusName, changed));
                        }

                        reader.Skip();
                        break;
                    default:
                        CountNotHeld(string.Empty);
                        reader.Skip();
                        break;
                }
            }

            if (string.IsNullOrEmpty(identifier))
            {
                found.Add(new IatiViolation(IatiRules.Required, "An activity needs an <iati-identifier> with text.", position with { Path = path + "/iati-identifier" }));
            }

            if (!hasTitle)
            {
                found.Add(new IatiViolation(IatiRules.Required, "An activity needs a <title>.", position with { Path = path + "/title" }));
            }

            if (!statusSeen)
            {
                found.Add(new IatiViolation(IatiRules.Required, "An activity needs an <activity-status>.", position with { Path = path + "/activity-status" }));
            }

            foreach (var violation in found)
            {
                log.Add(violation);
            }

            return new IatiActivity
            {
                Identifier = identifier ?? string.Empty,
                ReportingOrg = reporting,
                Language = language,
                DefaultCurrency = defaultCurrency,
                Humanitarian = humanitarian,
                Title = title,
                Descriptions = descriptions.AsReadOnly(),
                Participants = participants.AsReadOnly(),
                Status = status,
                Dates = dates.AsReadOnly(),
                RecipientCountries = countries.AsReadOnly(),
                RecipientRegions = regions.AsReadOnly(),
                Sectors = sectors.AsReadOnly(),
                PolicyMarkers = markers.AsReadOnly(),
                CollaborationType = collaboration,
                DefaultFlowType = flow,
                DefaultFinanceType = finance,
                DefaultAidTypes = aidTypes.AsReadOnly(),
                DefaultTiedStatus = tied,
                Transactions = transactions.AsReadOnly(),
                Ledger = extension.ActivityId is null ? null : extension with { Statuses = statuses.AsReadOnly() },
                Violations = found.ToArray(),
                Position = position,
            };
        }

        // A summary entry this library wrote, with the rules it breaks (also in the log): an attribute the ledger needs
        // that is missing or malformed.
        private IatiSummaryEntry Summary(IatiPath path)
        {
            found = [];
            var position = Position(path);
            var id = RequiredAttribute("id", path);
            var type = RequiredAttribute("type", path);
            var date = DateAttribute("date", path, required: true);
            var valueText = RequiredAttribute("value", path);
            var currency = RequiredAttribute("currency", path);
            var valueDate = DateAttribute("value-date", path, required: true);
            var from = RequiredAttribute("from-year", path);
            var to = RequiredAttribute("to-year", path);
            var approximate = Boolean("approximate", path);
            var reverses = Attribute("reverses");
            var description = reader.GetAttribute("description") is { Length: > 0 } text ? text : null;
            var source = reader.GetAttribute("source") is { Length: > 0 } cited ? cited : null;
            int Whole(string? given, string name)
            {
                if (given is null)
                {
                    return 0;
                }

                if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return n;
                }

                Add(IatiRules.Value, $"'{Printable.Escape(given)}' is not a whole number.", $"{path}/@{name}", given);
                return 0;
            }

            var typeCode = Whole(type, "type");
            var fromYear = Whole(from, "from-year");
            var toYear = Whole(to, "to-year");
            decimal value = 0;
            if (valueText is not null && !TryDecimal(valueText, out value))
            {
                Add(IatiRules.Value, $"The value '{Printable.Escape(valueText)}' is not a decimal number (xsd:decimal).", $"{path}/@value", valueText);
            }

            IatiOrganisation? provider = null, receiver = null;
            var children = new ChildCursor(this, path);
            while (children.Next(out var name, out var child))
            {
                switch (name)
                {
                    case "{" + ExtensionNamespace + "}provider-org":
                        provider = Organisation(child, participating: false);
                        break;
                    case "{" + ExtensionNamespace + "}receiver-org":
                        receiver = Organisation(child, participating: false);
                        break;
                    default:
                        CountNotHeld("fu:summary");
                        reader.Skip();
                        break;
                }
            }

            foreach (var violation in found)
            {
                log.Add(violation);
            }

            return new IatiSummaryEntry
            {
                Id = id ?? string.Empty,
                Type = typeCode,
                Date = date ?? default,
                Value = value,
                Currency = currency!,
                ValueDate = valueDate ?? default,
                FromYear = fromYear,
                ToYear = toYear,
                Approximate = approximate == true,
                Reverses = reverses,
                Description = description,
                Source = source,
                Provider = provider,
                Receiver = receiver,
                Position = position,
                Violations = found.ToArray(),
            };
        }

        private void RequireChild(bool present, string element, IatiPosition position, IatiPath path)
        {
            if (!present)
            {
                found.Add(new IatiViolation(IatiRules.Required, $"A transaction needs a <{element}>.", position with { Path = $"{path}/{element}" }));
            }
        }

        // A transaction, or null when a part the ledger needs (type, date, value) is missing or malformed.
        private IatiTransaction? Transaction(ChildPath element)
        {
            var path = element.Node();
            var position = Position(path);
            var reference = Attribute("ref");
            var humanitarian = Boolean("humanitarian", path);
            var entryId = Extension("id");
            var reverses = Extension("reverses");
            var entrySource = Extension("source");
            IatiTransactionType? type = null;
            LocalDate? date = null, valueDate = null;
            decimal? value = null;
            string? currency = null, channel = null, flow = null, finance = null, tied = null;
            IatiText? description = null;
            IatiOrganisation? provider = null, receiver = null;
            IatiRecipient? country = null, region = null;
            var hasType = false;
            var hasDate = false;
            var hasValue = false;
            List<IatiSector>? sectors = null;
            List<IatiCode>? aidTypes = null;
            var children = new ChildCursor(this, path);
            while (children.Next(out var name, out var child))
            {
                switch (name)
                {
                    case "transaction-type":
                        hasType = true;
                        type = Coded<IatiTransactionType>(child, "TransactionType");
                        break;
                    case "transaction-date":
                        hasDate = true;
                        date = DateAttribute("iso-date", child, required: true);
                        reader.Skip();
                        break;
                    case "value":
                        hasValue = true;
                        currency = Attribute("currency");
                        valueDate = DateAttribute("value-date", child, required: true);
                        var (line, column) = (lines.LineNumber, lines.LinePosition);
                        var text = Text();
                        if (TryDecimal(text, out var amount))
                        {
                            value = amount;
                        }
                        else
                        {
                            found.Add(new IatiViolation(IatiRules.Value, $"The value '{Printable.Escape(text)}' is not a decimal number (xsd:decimal: digits and a point, no exponent, no grouping).", new IatiPosition(source, line, column, child), Printable.Escape(text)));
                        }

                        break;
                    case "description":
                        description = Narratives(child, required: true);
                        break;
                    case "provider-org":
                        provider = Organisation(child, participating: false);
                        break;
                    case "receiver-org":
                        receiver = Organisation(child, participating: false);
                        break;
                    case "disbursement-channel":
                        channel = Code(child);
                        break;
                    case "sector":
                        (sectors ??= []).Add(Sector(child, transaction: true));
                        break;
                    case "recipient-country":
                        country = Recipient(child, region: false, transaction: true);
                        break;
                    case "recipient-region":
                        region = Recipient(child, region: true, transaction: true);
                        break;
                    case "flow-type":
                        flow = Code(child);
                        break;
                    case "finance-type":
                        finance = Code(child);
                        break;
                    case "aid-type":
                        (aidTypes ??= []).Add(AidType(child));
                        break;
                    case "tied-status":
                        tied = Code(child);
                        break;
                    default:
                        CountNotHeld("transaction");
                        reader.Skip();
                        break;
                }
            }

            RequireChild(hasType, "transaction-type", position, path);
            RequireChild(hasDate, "transaction-date", position, path);
            RequireChild(hasValue, "value", position, path);

            return type is null || date is null || value is null
                ? null
                : new IatiTransaction
                {
                    Ref = reference,
                    Type = type.Value,
                    Date = date.Value,
                    Value = value.Value,
                    Currency = currency,
                    ValueDate = valueDate,
                    Description = description ?? IatiText.Empty,
                    Provider = provider,
                    Receiver = receiver,
                    DisbursementChannel = channel,
                    Sectors = sectors is null ? [] : sectors.AsReadOnly(),
                    RecipientCountry = country,
                    RecipientRegion = region,
                    FlowType = flow,
                    FinanceType = finance,
                    AidTypes = aidTypes is null ? [] : aidTypes.AsReadOnly(),
                    TiedStatus = tied,
                    Humanitarian = humanitarian,
                    EntryId = entryId,
                    Reverses = reverses,
                    Source = entrySource,
                    Position = position,
                    Ordinal = element.Index,
                };
        }
    }
}
