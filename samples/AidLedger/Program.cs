using System.CommandLine;
using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Kernel;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Samples;
using NodaTime;
using NodaTime.Text;
using static FriendshipUnion.Samples.Localizer;

namespace AidLedger;

/// <summary>Reports the ledger of foreign non-governmental aid: totals by year, donor and sector in VND and USD, with
/// the exchange rates used, and optionally an SVG bar chart of the yearly totals. Every command prints in English or
/// Vietnamese (<c>--lang vi|en</c>).</summary>
internal static class Program
{
    private static int Main(string[] args) => Failure.Guard("AidLedger", () =>
    {
        Localizer.Use(Cli.ChooseLanguage(args), typeof(Program).Assembly);
        return Cli.Run("AidLedger", BuildRoot(), args);
    });

    /// <summary>The command tree: the ledger report (the root command), <c>import-iati</c> and <c>export-iati</c>.</summary>
    private static RootCommand BuildRoot()
    {
        var union = new Option<string>("--union") { Description = T("one union, by its id (vufo, nghe-an, an-giang, kien-giang); by default every union"), HelpName = "ID" };
        var from = new Option<string>("--from") { Description = T("the first day reported (default: no lower bound)"), HelpName = "YYYY-MM-DD" };
        var to = new Option<string>("--to") { Description = T("the last day reported (default: no upper bound)"), HelpName = "YYYY-MM-DD" };
        var currency = new Option<string>("--currency") { Description = T("report in this currency only (default: in VND and in USD)"), HelpName = "VND|USD" };
        var data = new Option<string>("--data") { Description = T("a dataset file to read instead of the embedded facts and the example ledger"), HelpName = "PATH" };
        var svg = new Option<string>("--svg") { Description = T("also write a bar chart of the yearly totals to this SVG file"), HelpName = "PATH" };
        var root = new RootCommand(T("AidLedger: the ledger of foreign non-governmental aid of the Unions of Friendship Organizations, with totals by year, donor and sector in VND and USD and the exchange rates used."));
        foreach (var option in new Option[] { union, from, to, currency, data, svg, Cli.LangOption() })
        {
            root.Options.Add(option);
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = T("show the version");
        }

        root.SetAction(r =>
        {
            var options = Options.Parse(r.GetValue(union), r.GetValue(from), r.GetValue(to), r.GetValue(currency), r.GetValue(data), r.GetValue(svg));
            return Report(options);
        });
        root.Subcommands.Add(IatiCommands.ImportCommand(Load));
        root.Subcommands.Add(IatiCommands.ExportCommand(Load));
        return root;
    }

    private static int Report(Options options)
    {
        var today = VietnamTime.Today(SystemClock.Instance);
        var dataset = Load(options.DataPath, today);
        if (options.Union is { } union && dataset.Find(union) is null)
        {
            throw new UsageException(F("unknown union '{0}' (known: {1})", union, string.Join(", ", dataset.Unions.Select(u => u.Id))));
        }

        var currencies = options.Currency is { } only ? new[] { only } : new[] { Currency.Vnd, Currency.Usd };
        var reports = currencies.Select(c => dataset.ReportAid(new AidReportQuery(c) { Union = options.Union, From = options.From, To = options.To })).ToArray();
        LedgerReport.Write(Console.Out, reports, options.DataPath is null);
        if (options.SvgPath is { } svg)
        {
            File.WriteAllText(svg, YearChart.Svg(reports[0]));
            Console.Out.WriteLine(F("Wrote the chart of yearly totals to {0}", svg));
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
            throw new UsageException(F("{0} is a directory, not a data file", path));
        }

        if (!File.Exists(path))
        {
            throw new UsageException(F("data file not found: {0}", path));
        }

        using var stream = File.OpenRead(path);
        return DatasetJson.Read(stream, today);
    }

    private sealed record Options(UnionId? Union, LocalDate? From, LocalDate? To, Currency? Currency, string? DataPath, string? SvgPath)
    {
        public static Options Parse(string? union, string? from, string? to, string? currency, string? data, string? svg)
        {
            var options = new Options(
                union is null ? null : UnionId.TryParse(union, out var id) ? id : throw new UsageException(F("--union: '{0}' is not a union id", union)),
                from is null ? null : Date(from, "--from"),
                to is null ? null : Date(to, "--to"),
                currency switch
                {
                    null => null,
                    "VND" => FriendshipUnion.Domain.Currencies.Currency.Vnd,
                    "USD" => FriendshipUnion.Domain.Currencies.Currency.Usd,
                    var other => throw new UsageException(F("--currency: '{0}' is not VND or USD", other)),
                },
                data,
                svg);
            return options.From is { } first && options.To is { } last && last < first
                ? throw new UsageException(F("--to ({0}) is before --from ({1})", D(last), D(first)))
                : options;
        }

        private static LocalDate Date(string text, string name)
        {
            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw new UsageException(F("{0}: '{1}' is not a date (use YYYY-MM-DD)", name, text));
        }
    }
}

/// <summary>Writes a report as plain text tables.</summary>
internal static class LedgerReport
{
    private static readonly ReportDimension[] Dimensions = [ReportDimension.Year, ReportDimension.Donor, ReportDimension.Sector];

    public static void Write(TextWriter output, IReadOnlyList<AidReport> reports, bool example)
    {
        var first = reports[0];
        var query = first.Query;
        var union = query.Union is { } u ? (Vietnamese ? F("union {0}", u) : u.ToString()) : T("every union");
        output.WriteLine(F("Foreign non-governmental aid: {0} of {1}, {2}", Measure(query.Measure), union, Period(query)));
        if (example)
        {
            output.WriteLine(T("Data: the embedded facts plus the SYNTHETIC example ledger (invented donors, activities and rates, for illustration only)."));
        }

        output.WriteLine(F("Entries: {0}; in original currencies: {1}", first.EntryCount, string.Join(" + ", first.OriginalTotals.Select(m => m.Format(Culture)))));
        output.WriteLine();
        foreach (var dimension in Dimensions)
        {
            output.WriteLine(F("By {0}", Vietnamese ? N(dimension) : dimension.ToString().ToLowerInvariant()));
            var lines = first.By(dimension);
            var labels = lines.Select(l => Label(dimension, l)).ToArray();
            var labelWidth = Math.Min(60, labels.Select(l => l.Length).DefaultIfEmpty(5).Max());
            for (var i = 0; i < lines.Count; i++)
            {
                var label = labels[i].Length > labelWidth ? labels[i][..(labelWidth - 1)] + "…" : labels[i];
                var key = lines[i].Key;
                var amounts = string.Join("  ", reports.Select(r => Amount(r.By(dimension).First(l => l.Key == key))));
                output.WriteLine($"  {label.PadRight(labelWidth)}  {amounts}");
            }

            output.WriteLine($"  {T("Total").PadRight(labelWidth)}  {string.Join("  ", reports.Select(r => Mark(r.Total.Format(Culture), r.Approximate).PadLeft(24)))}");
            output.WriteLine();
        }

        foreach (var report in reports.Where(r => r.RatesUsed.Count > 0))
        {
            output.WriteLine(F("Rates used for {0} (each entry at its value date, rounded half to even):", report.Query.ReportingCurrency));
            foreach (var use in report.RatesUsed)
            {
                var how = use.Inverted ? T("divided") : T("multiplied");
                var entries = use.Entries == 1 ? T("1 entry") : F("{0} entries", use.Entries);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Rate(use.Rate)} ({how}; {entries}){(use.Rate.Source is { } s ? " — " + s : string.Empty)}"));
            }

            output.WriteLine();
        }

        if (first.PartlyCovered.Count > 0)
        {
            var left = string.Join(", ", first.PartlyCovered.Select(t => $"{t.Id}, {t.Summary!.YearsLabel}"));
            output.WriteLine(first.PartlyCovered.Count == 1
                ? F("Left out: 1 summary entry covering years only partly within the period ({0}).", left)
                : F("Left out: {0} summary entries covering years only partly within the period ({1}).", first.PartlyCovered.Count, left));
        }

        if (first.Approximate)
        {
            output.WriteLine(T("≈ includes a total its source gives as approximate (\"nearly\")."));
        }
    }

    /// <summary>Names a transaction type as the report measures it: its identifier in English, its name in Vietnamese.</summary>
    internal static string Measure(TransactionType type) => Vietnamese ? N(type) : type.ToString();

    /// <summary>Writes a rate: <c>1 USD = 22,750 VND on 2021-12-31</c> in English, <c>1 USD = 22.750 VND ngày
    /// 31/12/2021</c> in Vietnamese.</summary>
    internal static string Rate(ExchangeRate rate) => Vietnamese
        ? F("1 {0} = {1} {2} on {3}", rate.From, rate.Rate.ToString("#,0.##########", CultureInfo.GetCultureInfo("vi-VN")), rate.To, D(rate.Date))
        : rate.ToString();

    // The library labels a group with no donor or no sector in English; the other labels are names and codes.
    private static string Label(ReportDimension dimension, ReportLine line) => Vietnamese && line.Key.Length == 0
        ? dimension switch
        {
            ReportDimension.Donor => T("(donor not stated)"),
            ReportDimension.Sector => T("(sector not stated)"),
            _ => line.Label,
        }
        : line.Label;

    private static string Amount(ReportLine line) => Mark(line.Amount.Format(Culture), line.Approximate).PadLeft(24);

    private static string Mark(string text, bool approximate) => approximate ? "≈ " + text : text;

    private static string Period(AidReportQuery query) => (query.From, query.To) switch
    {
        (null, null) => T("all dates"),
        ({ } from, null) => F("from {0}", D(from)),
        (null, { } to) => F("to {0}", D(to)),
        ({ } from, { } to) => F("{0} to {1}", D(from), D(to)),
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
        var currency = report.Query.ReportingCurrency;
        var title = F("Aid by year ({0}, {1})", Escape(LedgerReport.Measure(report.Query.Measure)), currency);
        var heading = F("Aid by year, {0} (total {1})", currency, Escape(report.Total.Format(Culture)));
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Top + Height + 60}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        text.Append(CultureInfo.InvariantCulture, $"  <title>{title}</title>\n");
        text.Append(CultureInfo.InvariantCulture, $"  <text x=\"{Left}\" y=\"20\" font-size=\"14\">{heading}</text>\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var amount = lines[i].Amount.Amount;
            var barHeight = max <= 0 || amount <= 0 ? 0 : (int)Math.Round(amount / max * Height, MidpointRounding.ToEven);
            var x = Left + i * (BarWidth + Gap);
            var y = Top + Height - barHeight;
            text.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{x}\" y=\"{y}\" width=\"{BarWidth}\" height=\"{barHeight}\" fill=\"{(lines[i].Approximate ? "#9bb7d4" : "#2f6fab")}\"><title>{Escape(lines[i].Label)}: {Escape(lines[i].Amount.Format(Culture))}</title></rect>\n");
            text.Append(CultureInfo.InvariantCulture, $"  <text x=\"{x + BarWidth / 2}\" y=\"{Top + Height + 16}\" text-anchor=\"middle\">{Escape(lines[i].Label)}</text>\n");
        }

        text.Append("</svg>\n");
        return text.ToString();
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
