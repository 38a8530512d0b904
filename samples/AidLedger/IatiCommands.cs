using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Iati;
using FriendshipUnion.Domain.Kernel;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

namespace AidLedger;

/// <summary>The IATI commands: <c>import-iati</c> and <c>export-iati</c>.</summary>
internal static class IatiCommands
{
    public const string ImportUsage = "usage: AidLedger import-iati FILE... --union ID [--perspective recipient|publisher] [--country-share apply|record] [--data PATH] [--out PATH]";
    public const string ExportUsage = "usage: AidLedger export-iati --union ID --out FILE [--data PATH]";

    /// <summary>Imports files, prints the summary and the import report, writes the dataset with --out.</summary>
    public static int Import(string[] args, LocalDate today, Func<string?, LocalDate, UnionDataset> load)
    {
        var files = new List<string>();
        UnionId? union = null;
        var perspective = IatiPerspective.Recipient;
        var share = CountryShareHandling.Record;
        string? data = null, output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--union":
                    union = UnionId.TryParse(Value(args, ref i, ImportUsage), out var id) ? id : throw new UsageException($"--union: '{args[i]}' is not a union id");
                    break;
                case "--perspective":
                    perspective = Value(args, ref i, ImportUsage) switch
                    {
                        "recipient" => IatiPerspective.Recipient,
                        "publisher" => IatiPerspective.Publisher,
                        var other => throw new UsageException($"--perspective: '{other}' is not recipient or publisher"),
                    };
                    break;
                case "--country-share":
                    share = Value(args, ref i, ImportUsage) switch
                    {
                        "apply" => CountryShareHandling.Apply,
                        "record" => CountryShareHandling.Record,
                        var other => throw new UsageException($"--country-share: '{other}' is not apply or record"),
                    };
                    break;
                case "--data":
                    data = Value(args, ref i, ImportUsage);
                    break;
                case "--out":
                    output = Value(args, ref i, ImportUsage);
                    break;
                case "--help" or "-h":
                    throw new UsageException(ImportUsage);
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown argument '{option}'; {ImportUsage}");
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException($"no IATI file given; {ImportUsage}");
        }

        var target = union ?? throw new UsageException($"--union is required; {ImportUsage}");
        var dataset = load(data, today);
        if (dataset.Find(target) is null)
        {
            throw new UsageException($"unknown union '{target}' (known: {string.Join(", ", dataset.Unions.Select(u => u.Id))})");
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
                throw new UsageException(import.Violations.First(v => v.Code is IatiRules.Xml or IatiRules.Version).ToString());
            }

            Print(Console.Out, import);
            if (output is not null)
            {
                using var stream = File.Create(output);
                DatasetJson.Write(import.Dataset, stream);
                Console.Out.WriteLine($"Wrote the dataset to {output}");
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
    public static int Export(string[] args, LocalDate today, Func<string?, LocalDate, UnionDataset> load)
    {
        UnionId? union = null;
        string? data = null, output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--union":
                    union = UnionId.TryParse(Value(args, ref i, ExportUsage), out var id) ? id : throw new UsageException($"--union: '{args[i]}' is not a union id");
                    break;
                case "--data":
                    data = Value(args, ref i, ExportUsage);
                    break;
                case "--out":
                    output = Value(args, ref i, ExportUsage);
                    break;
                case "--help" or "-h":
                    throw new UsageException(ExportUsage);
                default:
                    throw new UsageException($"unknown argument '{args[i]}'; {ExportUsage}");
            }
        }

        var target = union ?? throw new UsageException($"--union is required; {ExportUsage}");
        var path = output ?? throw new UsageException($"--out is required; {ExportUsage}");
        var dataset = load(data, today);
        if (dataset.Find(target) is null)
        {
            throw new UsageException($"unknown union '{target}' (known: {string.Join(", ", dataset.Unions.Select(u => u.Id))})");
        }

        IatiExport export;
        using (var stream = File.Create(path))
        {
            export = IatiXml.Write(dataset, target, stream);
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {export.Activities} activit{(export.Activities == 1 ? "y" : "ies")} and {export.Transactions} transaction{(export.Transactions == 1 ? string.Empty : "s")} of {target} as IATI {IatiCodelists.WrittenVersion} to {path}"));
        if (export.SummaryEntries > 0)
        {
            Console.Out.WriteLine($"Also written: {export.SummaryEntries} summary entr{(export.SummaryEntries == 1 ? "y" : "ies")} (totals over whole years, with no activity), as fu:summary after the activities.");
        }

        return 0;
    }

    private static void Print(TextWriter output, IatiImport import)
    {
        output.WriteLine($"IATI import: {import.Options}");
        output.WriteLine($"Activities: {import.ActivitiesRead} read, {import.Imported.Count} imported or updated, {import.Unchanged.Count} already held, {import.Refused.Count} refused");
        output.WriteLine($"Transactions posted: {import.Posted.Count}");
        foreach (var group in import.Posted.GroupBy(t => (t.Type, t.Value.Currency.Code)).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var sum = Money.Of(group.Sum(t => t.Value.Amount), group.First().Value.Currency);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key.Type,-20} {group.Count(),5}  {sum}"));
        }

        var union = import.Options.Union;
        foreach (var type in import.Posted.Select(t => t.Type).Distinct().Order())
        {
            foreach (var currency in new[] { Currency.Vnd, Currency.Usd })
            {
                var query = new AidReportQuery(currency) { Union = union, Measure = type };
                var report = AidReport.TryBuild(import.Dataset.Aid, import.Dataset.Rates, query, null, out var missing);
                output.WriteLine(report is null
                    ? $"  {union} {type} in {currency}: no total ({missing.Count} entr{(missing.Count == 1 ? "y has" : "ies have")} no rate to {currency} at the value date)"
                    : $"  {union} {type} in {currency}: {report.Total} ({report.EntryCount} entries)");
            }
        }

        if (import.Violations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Refused ({import.Violations.Count}):");
            foreach (var violation in import.Violations)
            {
                output.WriteLine("  " + Printable.Escape(violation.ToString(), 400));
            }
        }

        if (import.NotImported.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Read but not imported:");
            foreach (var (what, count) in import.NotImported)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {what}"));
            }
        }

        if (import.NotHeld.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("In the files but not held by the model (element: count):");
            foreach (var (element, count) in import.NotHeld)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {Printable.Escape(element, 200)}"));
            }
        }
    }

    private static FileStream Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{path} is a directory, not an IATI file");
        }

        return File.Exists(path) ? File.OpenRead(path) : throw new UsageException($"IATI file not found: {path}");
    }

    private static string Value(string[] args, ref int i, string usage)
    {
        var name = args[i];
        return ++i < args.Length ? args[i] : throw new UsageException($"{name} needs a value; {usage}");
    }
}
