using System.Globalization;
using System.Text;
using System.Xml;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Datasets;
using NodaTime;

namespace FriendshipUnion.Domain.Iati;

/// <summary>How a union's ledger is written as IATI.</summary>
public sealed record IatiExportOptions
{
    /// <summary>Gets the reporting organisation's identifier, or <see langword="null"/> for the union's own id (a local
    /// reference: set the union's registered IATI organisation identifier when it has one).</summary>
    public string? ReportingOrgRef { get; init; }

    /// <summary>Gets the reporting organisation's type (codelist <c>OrganisationType</c>); <c>22</c>, National NGO,
    /// by default.</summary>
    public string ReportingOrgType { get; init; } = "22";

    /// <summary>Gets the default language of the activities' texts (<c>xml:lang</c>); <c>en</c> by default. The union's
    /// names are written in Vietnamese and English with their own languages.</summary>
    public string Language { get; init; } = "en";
}

/// <summary>What an export wrote.</summary>
/// <param name="Activities">The activities written.</param>
/// <param name="Transactions">The transactions written.</param>
/// <param name="SummaryEntries">The union's summary entries (totals over whole years, with no activity), which IATI
/// has no element for, written as <c>fu:summary</c> after the activities.</param>
public sealed record IatiExport(int Activities, int Transactions, int SummaryEntries);

/// <content>Writing.</content>
public static partial class IatiXml
{
    /// <summary>Writes a union's activities and their entries as an IATI 2.03 activity file: elements in the order the
    /// schema requires, codes from the standard's codelists, every value with its currency and value date, the union's
    /// names in Vietnamese and English. What IATI has no element for (the ledger's ids, kinds and lifecycle, parties'
    /// kinds and countries) is written in <see cref="ExtensionNamespace"/>, so that importing the file gives back the
    /// same ledger.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="union">The union whose ledger is written.</param>
    /// <param name="stream">Where to write (UTF-8, no byte-order mark).</param>
    /// <param name="options">The reporting organisation and language, or <see langword="null"/> for the defaults.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no union <paramref name="union"/>.</exception>
    /// <exception cref="ArgumentException">A text of the union's ledger holds a character XML 1.0 cannot carry (a
    /// control character other than tab, line feed and carriage return, or a lone surrogate); nothing is written.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static IatiExport Write(UnionDataset dataset, UnionId union, Stream stream, IatiExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new IatiExportOptions();
        var found = dataset.Find(union) ?? throw new KeyNotFoundException($"The dataset has no union '{union}'.");
        var ledger = dataset.Aid;
        var reportingRef = options.ReportingOrgRef ?? union.Value;
        var unwritable = Texts(ledger, union).Concat([found.Name.Vietnamese, found.Name.English]).FirstOrDefault(t => t is not null && !IsXmlText(t));
        if (unwritable is not null)
        {
            throw new ArgumentException($"The text '{Printable.Escape(unwritable, 200)}' holds a character XML 1.0 cannot carry (a control character or a lone surrogate); nothing was written.", nameof(dataset));
        }

        // Line breaks are written as character references, so that "\r\n" reads back as written.
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false, NewLineHandling = NewLineHandling.Entitize };
        var activities = 0;
        var transactions = 0;
        var summaries = 0;
        var entries = ledger.Transactions.Where(t => t.Activity is not null).ToLookup(t => t.Activity!.Value);
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("iati-activities");
            xml.WriteAttributeString("version", IatiCodelists.WrittenVersion);
            xml.WriteAttributeString("xmlns", "fu", null, ExtensionNamespace);
            foreach (var activity in ledger.Activities.Where(a => a.Union == union))
            {
                activities++;
                var history = ledger.HistoryOf(activity.Id);
                xml.WriteStartElement("iati-activity");
                xml.WriteAttributeString("xml", "lang", null, options.Language);
                xml.WriteAttributeString("default-currency", activity.Currency.Code);
                Ext(xml, "id", activity.Id.Value);
                Ext(xml, "kind", Camel(activity.Kind.ToString()));
                Ext(xml, "proposed", Iso(activity.Proposed));
                Ext(xml, "province", activity.RecipientProvince);
                Ext(xml, "overdraft", activity.AllowsOverdraft ? "true" : null);
                Ext(xml, "note", activity.Note);
                Ext(xml, "source", activity.Source);

                xml.WriteElementString("iati-identifier", $"{reportingRef}-{activity.Id}");
                xml.WriteStartElement("reporting-org");
                xml.WriteAttributeString("ref", reportingRef);
                xml.WriteAttributeString("type", options.ReportingOrgType);
                Narrative(xml, found.Name.Vietnamese, "vi");
                Narrative(xml, found.Name.English, "en");
                xml.WriteEndElement();

                xml.WriteStartElement("title");
                Narrative(xml, activity.Title, null);
                xml.WriteEndElement();
                xml.WriteStartElement("description");
                xml.WriteAttributeString("type", "1");
                Narrative(xml, activity.Note ?? activity.Title, null);
                xml.WriteEndElement();

                // The union is accountable for every activity it mobilises; the schema needs one participating
                // organisation at least.
                xml.WriteStartElement("participating-org");
                xml.WriteAttributeString("ref", reportingRef);
                xml.WriteAttributeString("type", options.ReportingOrgType);
                xml.WriteAttributeString("role", "2");
                Narrative(xml, found.Name.Vietnamese, "vi");
                Narrative(xml, found.Name.English, "en");
                xml.WriteEndElement();
                foreach (var participant in activity.Participants)
                {
                    xml.WriteStartElement("participating-org");
                    var party = ledger.FindParty(participant.Party);
                    if (party?.IatiType is { } type)
                    {
                        xml.WriteAttributeString("type", Code((int)type));
                    }

                    xml.WriteAttributeString("role", Code((int)participant.Role));
                    PartyExtension(xml, participant.Party, party);
                    Narrative(xml, party?.Name ?? participant.Party.Value, null);
                    xml.WriteEndElement();
                }

                var status = history[^1].Status;
                xml.WriteStartElement("activity-status");
                xml.WriteAttributeString("code", Code((int)StatusCode(status)));
                xml.WriteEndElement();

                var started = history.FirstOrDefault(h => h.Status == ActivityStatus.Implementing);
                ActivityDate(xml, started is null ? IatiActivityDateType.PlannedStart : IatiActivityDateType.ActualStart, started?.Date ?? activity.Proposed);
                if (status is ActivityStatus.Closed or ActivityStatus.Cancelled or ActivityStatus.Revoked)
                {
                    ActivityDate(xml, IatiActivityDateType.ActualEnd, history[^1].Date);
                }

                xml.WriteStartElement("recipient-country");
                xml.WriteAttributeString("code", IatiXml.VietNam.Value);
                xml.WriteAttributeString("percentage", "100");
                xml.WriteEndElement();

                foreach (var sector in activity.Sectors)
                {
                    xml.WriteStartElement("sector");
                    xml.WriteAttributeString("vocabulary", Code((int)sector.Vocabulary));
                    xml.WriteAttributeString("code", sector.Code);
                    xml.WriteAttributeString("percentage", sector.Percentage.ToString(CultureInfo.InvariantCulture));
                    xml.WriteEndElement();
                }

                foreach (var marker in activity.PolicyMarkers)
                {
                    xml.WriteStartElement("policy-marker");
                    xml.WriteAttributeString("vocabulary", "1");
                    xml.WriteAttributeString("code", Code((int)marker.Marker));
                    xml.WriteAttributeString("significance", Code((int)marker.Significance));
                    xml.WriteEndElement();
                }

                foreach (var entry in entries[activity.Id])
                {
                    transactions++;
                    Transaction(xml, ledger, entry);
                }

                foreach (var change in history.Skip(1))
                {
                    xml.WriteStartElement("fu", "status", ExtensionNamespace);
                    xml.WriteAttributeString("code", Camel(change.Status.ToString()));
                    xml.WriteAttributeString("date", Iso(change.Date));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            // What IATI has no element for, after the activities, where the schema allows other namespaces.
            foreach (var entry in ledger.Transactions.Where(t => t.Summary?.Union == union))
            {
                summaries++;
                Summary(xml, ledger, entry);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new IatiExport(activities, transactions, summaries);
    }

    // Every text the export of a union's ledger writes.
    private static IEnumerable<string?> Texts(AidLedger ledger, UnionId union)
    {
        var activities = ledger.Activities.Where(a => a.Union == union).ToArray();
        var ids = activities.Select(a => a.Id).ToHashSet();
        var entries = ledger.Transactions.Where(t => (t.Activity is { } id && ids.Contains(id)) || t.Summary?.Union == union).ToArray();
        var parties = activities.SelectMany(a => a.Participants.Select(p => p.Party))
            .Concat(entries.SelectMany(e => new[] { e.Provider, e.Receiver }).OfType<PartyId>())
            .Select(ledger.FindParty)
            .OfType<Party>();
        return activities.SelectMany(a => new[] { a.Title, a.Note, a.Source, a.RecipientProvince })
            .Concat(entries.SelectMany(e => new[] { e.Description, e.Source }))
            .Concat(parties.SelectMany(p => new[] { p.Name, p.Note, p.Source }));
    }

    private static bool IsXmlText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    private static void Transaction(XmlWriter xml, AidLedger ledger, AidTransaction entry)
    {
        xml.WriteStartElement("transaction");
        xml.WriteAttributeString("ref", entry.Id.Value);
        Ext(xml, "id", entry.Id.Value);
        Ext(xml, "reverses", entry.Reverses?.Value);
        Ext(xml, "source", entry.Source);
        xml.WriteStartElement("transaction-type");
        xml.WriteAttributeString("code", Code((int)entry.Type));
        xml.WriteEndElement();
        xml.WriteStartElement("transaction-date");
        xml.WriteAttributeString("iso-date", Iso(entry.Date));
        xml.WriteEndElement();
        xml.WriteStartElement("value");
        xml.WriteAttributeString("currency", entry.Value.Currency.Code);
        xml.WriteAttributeString("value-date", Iso(entry.ValueDate));
        xml.WriteString(entry.Value.Amount.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        if (entry.Description is { } description)
        {
            xml.WriteStartElement("description");
            Narrative(xml, description, null);
            xml.WriteEndElement();
        }

        Parties(xml, ledger, entry, null);
        xml.WriteEndElement();
    }

    // A summary entry: its values as attributes of fu:summary, its parties as fu:provider-org and fu:receiver-org.
    private static void Summary(XmlWriter xml, AidLedger ledger, AidTransaction entry)
    {
        var summary = entry.Summary!;
        xml.WriteStartElement("fu", "summary", ExtensionNamespace);
        xml.WriteAttributeString("id", entry.Id.Value);
        xml.WriteAttributeString("type", Code((int)entry.Type));
        xml.WriteAttributeString("date", Iso(entry.Date));
        xml.WriteAttributeString("value", entry.Value.Amount.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("currency", entry.Value.Currency.Code);
        xml.WriteAttributeString("value-date", Iso(entry.ValueDate));
        xml.WriteAttributeString("from-year", Code(summary.FromYear));
        xml.WriteAttributeString("to-year", Code(summary.ToYear));
        if (summary.Approximate)
        {
            xml.WriteAttributeString("approximate", "true");
        }

        foreach (var (name, value) in new[] { ("reverses", entry.Reverses?.Value), ("description", entry.Description), ("source", entry.Source) })
        {
            if (value is not null)
            {
                xml.WriteAttributeString(name, value);
            }
        }

        Parties(xml, ledger, entry, "fu");
        xml.WriteEndElement();
    }

    // The provider and the receiver, each with what this library knows of the party; prefixed fu: for a summary.
    private static void Parties(XmlWriter xml, AidLedger ledger, AidTransaction entry, string? prefix)
    {
        foreach (var (element, id) in new[] { ("provider-org", entry.Provider), ("receiver-org", entry.Receiver) })
        {
            if (id is { } partyId)
            {
                var party = ledger.FindParty(partyId);
                if (prefix is null)
                {
                    xml.WriteStartElement(element);
                }
                else
                {
                    xml.WriteStartElement(prefix, element, ExtensionNamespace);
                }

                if (party?.IatiType is { } type)
                {
                    xml.WriteAttributeString("type", Code((int)type));
                }

                PartyExtension(xml, partyId, party);
                Narrative(xml, party?.Name ?? partyId.Value, null);
                xml.WriteEndElement();
            }
        }
    }

    private static void PartyExtension(XmlWriter xml, PartyId id, Party? party)
    {
        Ext(xml, "party", id.Value);
        if (party is not null)
        {
            Ext(xml, "kind", Camel(party.Kind.ToString()));
            Ext(xml, "country", party.Country.Value);
            Ext(xml, "note", party.Note);
            Ext(xml, "source", party.Source);
            Ext(xml, "untyped", party.IatiType is null ? "true" : null);
        }
    }

    private static void ActivityDate(XmlWriter xml, IatiActivityDateType type, LocalDate date)
    {
        xml.WriteStartElement("activity-date");
        xml.WriteAttributeString("type", Code((int)type));
        xml.WriteAttributeString("iso-date", Iso(date));
        xml.WriteEndElement();
    }

    private static IatiActivityStatus StatusCode(ActivityStatus status) => status switch
    {
        ActivityStatus.Implementing => IatiActivityStatus.Implementation,
        ActivityStatus.Closed => IatiActivityStatus.Closed,
        ActivityStatus.Cancelled or ActivityStatus.Revoked => IatiActivityStatus.Cancelled,
        _ => IatiActivityStatus.Pipeline,
    };

    private static void Narrative(XmlWriter xml, string text, string? language)
    {
        xml.WriteStartElement("narrative");
        if (language is not null)
        {
            xml.WriteAttributeString("xml", "lang", null, language);
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Ext(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString("fu", name, ExtensionNamespace, value);
        }
    }

    private static string Code(int code) => code.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
