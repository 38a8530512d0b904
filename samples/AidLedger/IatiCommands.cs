using System.CommandLine;
using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Iati;
using FriendshipUnion.Domain.Kernel;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Samples;
using NodaTime;
using static FriendshipUnion.Samples.Localizer;

namespace AidLedger;

/// <summary>The IATI commands: <c>import-iati</c> and <c>export-iati</c>.</summary>
internal static class IatiCommands
{
    private static string ImportUsage => T("usage: AidLedger import-iati FILE... --union ID [--perspective recipient|publisher] [--country-share apply|record] [--data PATH] [--out PATH]");

    private static string ExportUsage => T("usage: AidLedger export-iati --union ID --out FILE [--data PATH]");

    /// <summary>The <c>import-iati</c> command.</summary>
    public static Command ImportCommand(Func<string?, LocalDate, UnionDataset> load)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = T("the IATI activity files to import (IATI 2.01, 2.02 or 2.03)") };
        var union = new Option<string>("--union") { Description = T("the union whose ledger receives the activities (required)"), HelpName = "ID" };
        var perspective = new Option<string>("--perspective") { Description = T("whose point of view the transactions are recorded from: the union's as recipient (the default) or the publisher's, as the file states them"), HelpName = "recipient|publisher" };
        var share = new Option<string>("--country-share") { Description = T("whether Viet Nam's recipient-country percentage is only recorded (the default) or applied to the amounts"), HelpName = "apply|record" };
        var data = new Option<string>("--data") { Description = T("a dataset file to import into instead of the embedded facts and the example ledger"), HelpName = "PATH" };
        var output = new Option<string>("--out") { Description = T("write the dataset with the imported activities to this file"), HelpName = "PATH" };
        var command = new Command("import-iati", T("import IATI activity files into a union's ledger, and report what was imported, refused and left out"));
        command.Arguments.Add(files);
        foreach (var option in new Option[] { union, perspective, share, data, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(r => Import(r.GetValue(files) ?? [], r.GetValue(union), r.GetValue(perspective), r.GetValue(share), r.GetValue(data), r.GetValue(output), load));
        return command;
    }

    /// <summary>The <c>export-iati</c> command.</summary>
    public static Command ExportCommand(Func<string?, LocalDate, UnionDataset> load)
    {
        var union = new Option<string>("--union") { Description = T("the union whose ledger is written (required)"), HelpName = "ID" };
        var output = new Option<string>("--out") { Description = T("the IATI XML file to write (required)"), HelpName = "FILE" };
        var data = new Option<string>("--data") { Description = T("a dataset file to read instead of the embedded facts and the example ledger"), HelpName = "PATH" };
        var command = new Command("export-iati", T("write a union's ledger as an IATI 2.03 activity file"));
        foreach (var option in new Option[] { union, output, data })
        {
            command.Options.Add(option);
        }

        command.SetAction(r => Export(r.GetValue(union), r.GetValue(output), r.GetValue(data), load));
        return command;
    }

    /// <summary>Imports files, prints the summary and the import report, writes the dataset with --out.</summary>
    private static int Import(string[] files, string? unionText, string? perspectiveText, string? shareText, string? data, string? output, Func<string?, LocalDate, UnionDataset> load)
    {
        // The parser takes a word it does not know for a FILE; an option it does not know is refused, as before.
        if (files.FirstOrDefault(f => f.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
        {
            throw new UsageException(F("unknown argument '{0}'; {1}", unknown, ImportUsage));
        }

        var today = VietnamTime.Today(SystemClock.Instance);
        UnionId? union = unionText is null ? null : ParseUnion(unionText);
        var perspective = perspectiveText switch
        {
            null or "recipient" => IatiPerspective.Recipient,
            "publisher" => IatiPerspective.Publisher,
            var other => throw new UsageException(F("--perspective: '{0}' is not recipient or publisher", other)),
        };
        var share = shareText switch
        {
            "apply" => CountryShareHandling.Apply,
            null or "record" => CountryShareHandling.Record,
            var other => throw new UsageException(F("--country-share: '{0}' is not apply or record", other)),
        };
        var target = union ?? throw new UsageException(F("--union is required; {0}", ImportUsage));
        var dataset = load(data, today);
        if (dataset.Find(target) is null)
        {
            throw new UsageException(F("unknown union '{0}' (known: {1})", target, string.Join(", ", dataset.Unions.Select(u => u.Id))));
        }

        var streams = new List<FileStream>();
        try
        {
            foreach (var file in files)
            {
                streams.Add(Open(file));
            }

            var options = new IatiImportOptions(target) { Perspective = perspective, CountryShare = share };
            var import = IatiImporter.Import(dataset, streams.Select((s, k) => new IatiSource(s, files[k])), options, today);
            if (import.Violations.Any(v => v.Code is IatiRules.Xml or IatiRules.Version))
            {
                throw new UsageException(Describe(import.Violations.First(v => v.Code is IatiRules.Xml or IatiRules.Version)));
            }

            Print(Console.Out, import);
            if (output is not null)
            {
                using var stream = File.Create(output);
                DatasetJson.Write(import.Dataset, stream);
                Console.Out.WriteLine(F("Wrote the dataset to {0}", output));
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }

        return 0;
    }

    /// <summary>Writes a union's ledger as IATI 2.03.</summary>
    private static int Export(string? unionText, string? output, string? data, Func<string?, LocalDate, UnionDataset> load)
    {
        var today = VietnamTime.Today(SystemClock.Instance);
        UnionId? union = unionText is null ? null : ParseUnion(unionText);
        var target = union ?? throw new UsageException(F("--union is required; {0}", ExportUsage));
        var path = output ?? throw new UsageException(F("--out is required; {0}", ExportUsage));
        var dataset = load(data, today);
        if (dataset.Find(target) is null)
        {
            throw new UsageException(F("unknown union '{0}' (known: {1})", target, string.Join(", ", dataset.Unions.Select(u => u.Id))));
        }

        IatiExport export;
        using (var stream = File.Create(path))
        {
            export = IatiXml.Write(dataset, target, stream);
        }

        var activities = export.Activities == 1 ? T("1 activity") : F("{0} activities", export.Activities);
        var transactions = export.Transactions == 1 ? T("1 transaction") : F("{0} transactions", export.Transactions);
        Console.Out.WriteLine(F("Wrote {0} and {1} of {2} as IATI {3} to {4}", activities, transactions, target, IatiCodelists.WrittenVersion, path));
        if (export.SummaryEntries > 0)
        {
            var entries = export.SummaryEntries == 1 ? T("1 summary entry") : F("{0} summary entries", export.SummaryEntries);
            Console.Out.WriteLine(F("Also written: {0} (totals over whole years, with no activity), as fu:summary after the activities.", entries));
        }

        return 0;
    }

    private static UnionId ParseUnion(string text) =>
        UnionId.TryParse(text, out var id) ? id : throw new UsageException(F("--union: '{0}' is not a union id", text));

    private static void Print(TextWriter output, IatiImport import)
    {
        output.WriteLine(F("IATI import: {0}", Describe(import.Options)));
        output.WriteLine(F("Activities: {0} read, {1} imported or updated, {2} already held, {3} refused", import.ActivitiesRead, import.Imported.Count, import.Unchanged.Count, import.Refused.Count));
        output.WriteLine(F("Transactions posted: {0}", import.Posted.Count));
        foreach (var group in import.Posted.GroupBy(t => (t.Type, t.Value.Currency.Code)).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var sum = Money.Of(group.Sum(t => t.Value.Amount), group.First().Value.Currency);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {LedgerReport.Measure(group.Key.Type),-20} {group.Count(),5}  {sum.Format(Culture)}"));
        }

        var union = import.Options.Union;
        foreach (var type in import.Posted.Select(t => t.Type).Distinct().Order())
        {
            foreach (var currency in new[] { Currency.Vnd, Currency.Usd })
            {
                var query = new AidReportQuery(currency) { Union = union, Measure = type };
                var report = AidReport.TryBuild(import.Dataset.Aid, import.Dataset.Rates, query, null, out var missing);
                var measure = LedgerReport.Measure(type);
                output.WriteLine("  " + (report is null
                    ? missing.Count == 1
                        ? F("{0} {1} in {2}: no total (1 entry has no rate to {2} at the value date)", union, measure, currency)
                        : F("{0} {1} in {2}: no total ({3} entries have no rate to {2} at the value date)", union, measure, currency, missing.Count)
                    : F("{0} {1} in {2}: {3} ({4} entries)", union, measure, currency, report.Total.Format(Culture), report.EntryCount)));
            }
        }

        if (import.Violations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(F("Refused ({0}):", import.Violations.Count));
            foreach (var violation in import.Violations)
            {
                // In Vietnamese the rule's statement stands for the case's message: longer, but of the library's own text.
                output.WriteLine("  " + Printable.Escape(Describe(violation), Vietnamese ? 1200 : 400));
            }
        }

        if (import.NotImported.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(T("Read but not imported:"));
            foreach (var (what, count) in import.NotImported)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {NotImported(what)}"));
            }
        }

        if (import.NotHeld.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(T("In the files but not held by the model (element: count):"));
            foreach (var (element, count) in import.NotHeld)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {Printable.Escape(element, 200)}"));
            }
        }
    }

    // The mapping in words: the library's own line in English, the same line in Vietnamese.
    private static string Describe(IatiImportOptions options) => Vietnamese
        ? F(
            "union {0}; {1}; {2} share {3}; languages {4}",
            options.Union,
            options.Perspective == IatiPerspective.Recipient ? T("recipient's perspective") : T("publisher's perspective"),
            options.Country,
            options.CountryShare == CountryShareHandling.Apply ? T("applied to amounts") : T("recorded only"),
            string.Join(", ", options.Languages))
        : options.ToString();

    // A violation as the library writes it, in the chosen language.
    private static string Describe(IatiViolation violation) => violation.DescribeIn(Culture);

    // What was read but not imported, as the library words it in English; in Vietnamese, its known forms translated
    // ("what: why"), the codelists' names kept as IATI gives them. A form not known here is printed as it is.
    private static string NotImported(string what)
    {
        if (!Vietnamese)
        {
            return what;
        }

        var colon = what.IndexOf(": ", StringComparison.Ordinal);
        var subject = colon < 0 ? what : what[..colon];
        var reason = colon < 0 ? null : what[(colon + 2)..];
        subject = subject switch
        {
            "organisation with neither @ref nor a name" => T("organisation with neither @ref nor a name"),
            "activity status 1 Pipeline with commitments or spending" => T("activity status 1 Pipeline with commitments or spending"),
            _ when subject.StartsWith("activity status ", StringComparison.Ordinal) => F("activity status {0}", subject["activity status ".Length..]),
            _ when subject.StartsWith("transaction type ", StringComparison.Ordinal) => F("transaction type {0}", subject["transaction type ".Length..]),
            _ when subject.StartsWith("sector of vocabulary ", StringComparison.Ordinal) => F("sector of vocabulary {0}", subject["sector of vocabulary ".Length..]),
            _ when subject.StartsWith("policy-marker ", StringComparison.Ordinal) => F("policy-marker {0}", subject["policy-marker ".Length..]),
            _ => subject,
        };
        reason = reason switch
        {
            null => null,
            "the ledger holds DAC sectors (vocabularies 1 and 2)" => T("the ledger holds DAC sectors (vocabularies 1 and 2)"),
            "the ledger holds the climate markers 6 and 7 (significance 0–2)" => T("the ledger holds the climate markers 6 and 7 (significance 0–2)"),
            "not a type of the ledger" => T("not a type of the ledger"),
            "the publisher's own, not the recipient's" => T("the publisher's own, not the recipient's"),
            _ when reason.StartsWith("held as ", StringComparison.Ordinal) && Enum.TryParse<ActivityStatus>(reason["held as ".Length..], ignoreCase: true, out var status) => F("held as {0}", N(status)),
            _ => reason,
        };
        return reason is null ? subject : subject + ": " + reason;
    }

    private static FileStream Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException(F("{0} is a directory, not an IATI file", path));
        }

        return File.Exists(path) ? File.OpenRead(path) : throw new UsageException(F("IATI file not found: {0}", path));
    }
}
