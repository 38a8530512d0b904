using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Kernel;
using FriendshipUnion.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AidLedger;

/// <summary>Reports the ledger of foreign non-governmental aid: totals by year, donor and sector in VND and USD, with
/// the exchange rates used, and optionally an SVG bar chart of the yearly totals.</summary>
internal static class Program
{
    private const string Usage = "usage: AidLedger [--union ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--currency VND|USD] [--data PATH] [--svg PATH] | AidLedger import-iati FILE... --union ID [--perspective recipient|publisher] [--country-share apply|record] [--data PATH] [--out PATH] | AidLedger export-iati --union ID --out FILE [--data PATH]";

    private static int Main(string[] args) => FriendshipUnion.Samples.Failure.Guard("AidLedger", () => Run(args));

    private static int Run(string[] args)
    {
        var today = VietnamTime.Today(SystemClock.Instance);
        switch (args.FirstOrDefault())
        {
            case "import-iati":
                return IatiCommands.Import(args[1..], today, (path, day) => Load(path, day));
            case "export-iati":
                return IatiCommands.Export(args[1..], today, (path, day) => Load(path, day));
        }

        var options = Options.Parse(args);
        var dataset = Load(options.DataPath, today);
        if (options.Union is { } union && dataset.Find(union) is null)
        {
            throw new UsageException($"unknown union '{union}' (known: {string.Join(", ", dataset.Unions.Select(u => u.Id))})");
        }

        var currencies = options.Currency is { } only ? new[] { only } : new[] { Currency.Vnd, Currency.Usd };
        var reports = currencies.Select(c => dataset.ReportAid(new AidReportQuery(c) { Union = options.Union, From = options.From, To = options.To })).ToArray();
        LedgerReport.Write(Console.Out, reports, options.DataPath is null);
        if (options.SvgPath is { } svg)
        {
            File.WriteAllText(svg, YearChart.Svg(reports[0]));
            Console.Out.WriteLine($"Wrote the chart of yearly totals to {svg}");
        }

        return 0;
    }

    private static UnionDataset Load(string? path, LocalDate today)
    {
        if (path is null)
        {
            return DefaultDataset.LoadWithExample(today);
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{path} is a directory, not a data file");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"data file not found: {path}");
        }

        using var stream = File.OpenRead(path);
        return DatasetJson.Read(stream, today);
    }

    private sealed record Options(UnionId? Union, LocalDate? From, LocalDate? To, Currency? Currency, string? DataPath, string? SvgPath)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options(null, null, null, null, null, null);
            for (var i = 0; i < args.Length; i++)
            {
                options = args[i] switch
                {
                    "--union" => options with { Union = UnionId.TryParse(Value(args, ref i, "--union"), out var id) ? id : throw new UsageException($"--union: '{args[i]}' is not a union id") },
                    "--from" => options with { From = Date(Value(args, ref i, "--from"), "--from") },
                    "--to" => options with { To = Date(Value(args, ref i, "--to"), "--to") },
                    "--currency" => options with { Currency = Value(args, ref i, "--currency") switch
                    {
                        "VND" => FriendshipUnion.Domain.Currencies.Currency.Vnd,
                        "USD" => FriendshipUnion.Domain.Currencies.Currency.Usd,
                        var other => throw new UsageException($"--currency: '{other}' is not VND or USD"),
                    } },
                    "--data" => options with { DataPath = Value(args, ref i, "--data") },
                    "--svg" => options with { SvgPath = Value(args, ref i, "--svg") },
                    "--help" or "-h" => throw new UsageException(Usage),
                    _ => throw new UsageException($"unknown argument '{args[i]}'; {Usage}"),
                };
            }

            return options.From is { } from && options.To is { } to && to < from
                ? throw new UsageException($"--to ({to:uuuu-MM-dd}) is before --from ({from:uuuu-MM-dd})")
                : options;
        }

        private static LocalDate Date(string text, string name)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw new UsageException($"{name}: '{text}' is not a date (use YYYY-MM-DD)");
        }

        private static string Value(string[] args, ref int i, string name) =>
            ++i < args.Length ? args[i] : throw new UsageException($"{name} needs a value; {Usage}");
    }
}

/// <summary>A wrong argument: reported as one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Writes a report as plain text tables.</summary>
internal static class LedgerReport
{
    private static readonly ReportDimension[] Dimensions = [ReportDimension.Year, ReportDimension.Donor, ReportDimension.Sector];

    public static void Write(TextWriter output, IReadOnlyList<AidReport> reports, bool example)
    {
        var first = reports[0];
        var query = first.Query;
        output.WriteLine($"Foreign non-governmental aid: {query.Measure} of {(query.Union is { } u ? u.ToString() : "every union")}, {Period(query)}");
        if (example)
        {
            output.WriteLine("Data: the embedded facts plus the SYNTHETIC example ledger (invented donors, activities and rates, for illustration only).");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Entries: {first.EntryCount}; in original currencies: {string.Join(" + ", first.OriginalTotals)}"));
        output.WriteLine();
        foreach (var dimension in Dimensions)
        {
            output.WriteLine($"By {dimension.ToString().ToLowerInvariant()}");
            var lines = first.By(dimension);
            var labelWidth = Math.Min(60, lines.Select(l => l.Label.Length).DefaultIfEmpty(5).Max());
            for (var i = 0; i < lines.Count; i++)
            {
                var label = lines[i].Label.Length > labelWidth ? lines[i].Label[..(labelWidth - 1)] + "…" : lines[i].Label;
                var key = lines[i].Key;
                var amounts = string.Join("  ", reports.Select(r => Amount(r.By(dimension).First(l => l.Key == key))));
                output.WriteLine($"  {label.PadRight(labelWidth)}  {amounts}");
            }

            output.WriteLine($"  {"Total".PadRight(labelWidth)}  {string.Join("  ", reports.Select(r => Mark(r.Total.ToString(), r.Approximate).PadLeft(24)))}");
            output.WriteLine();
        }

        foreach (var report in reports.Where(r => r.RatesUsed.Count > 0))
        {
            output.WriteLine($"Rates used for {report.Query.ReportingCurrency} (each entry at its value date, rounded half to even):");
            foreach (var use in report.RatesUsed)
            {
                var how = use.Inverted ? "divided" : "multiplied";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {use.Rate} ({how}; {use.Entries} entr{(use.Entries == 1 ? "y" : "ies")}){(use.Rate.Source is { } s ? " — " + s : string.Empty)}"));
            }

            output.WriteLine();
        }

        if (first.PartlyCovered.Count > 0)
        {
            output.WriteLine($"Left out: {first.PartlyCovered.Count} summary entr{(first.PartlyCovered.Count == 1 ? "y" : "ies")} covering years only partly within the period ({string.Join(", ", first.PartlyCovered.Select(t => $"{t.Id}, {t.Summary!.YearsLabel}"))}).");
        }

        if (first.Approximate)
        {
            output.WriteLine("≈ includes a total its source gives as approximate (\"nearly\").");
        }
    }

    private static string Amount(ReportLine line) => Mark(line.Amount.ToString(), line.Approximate).PadLeft(24);

    private static string Mark(string text, bool approximate) => approximate ? "≈ " + text : text;

    private static string Period(AidReportQuery query) => (query.From, query.To) switch
    {
        (null, null) => "all dates",
        ({ } from, null) => string.Create(CultureInfo.InvariantCulture, $"from {from:uuuu-MM-dd}"),
        (null, { } to) => string.Create(CultureInfo.InvariantCulture, $"to {to:uuuu-MM-dd}"),
        ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $"{from:uuuu-MM-dd} to {to:uuuu-MM-dd}"),
    };
}

/// <summary>Draws the yearly totals of a report as a bar chart in SVG.</summary>
internal static class YearChart
{
    private const int BarWidth = 60;
    private const int Gap = 24;
    private const int Height = 240;
    private const int Top = 40;
    private const int Left = 20;

    public static string Svg(AidReport report)
    {
        var lines = report.By(ReportDimension.Year);
        var max = lines.Select(l => l.Amount.Amount).DefaultIfEmpty(0m).Max();
        var width = Left * 2 + Math.Max(1, lines.Count) * (BarWidth + Gap);
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Top + Height + 60}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        text.Append(CultureInfo.InvariantCulture, $"  <title>Aid by year ({Escape(report.Query.Measure.ToString())}, {report.Query.ReportingCurrency})</title>\n");
        text.Append(CultureInfo.InvariantCulture, $"  <text x=\"{Left}\" y=\"20\" font-size=\"14\">Aid by year, {report.Query.ReportingCurrency} (total {Escape(report.Total.ToString())})</text>\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var amount = lines[i].Amount.Amount;
            var barHeight = max <= 0 || amount <= 0 ? 0 : (int)Math.Round(amount / max * Height, MidpointRounding.ToEven);
            var x = Left + i * (BarWidth + Gap);
            var y = Top + Height - barHeight;
            text.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{x}\" y=\"{y}\" width=\"{BarWidth}\" height=\"{barHeight}\" fill=\"{(lines[i].Approximate ? "#9bb7d4" : "#2f6fab")}\"><title>{Escape(lines[i].Label)}: {Escape(lines[i].Amount.ToString())}</title></rect>\n");
            text.Append(CultureInfo.InvariantCulture, $"  <text x=\"{x + BarWidth / 2}\" y=\"{Top + Height + 16}\" text-anchor=\"middle\">{Escape(lines[i].Label)}</text>\n");
        }

        text.Append("</svg>\n");
        return text.ToString();
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
