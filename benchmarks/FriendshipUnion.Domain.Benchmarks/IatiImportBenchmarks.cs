using System.Globalization;
using System.Text;
using System.Xml;
using BenchmarkDotNet.Attributes;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Iati;
using NodaTime;

namespace FriendshipUnion.Domain.Benchmarks;

/// <summary>Importing a generated IATI activity file of about 100 MB (5,500 activities of 40 transactions each) into a
/// union's ledger. The baseline reads the same elements and attributes with an <see cref="XmlReader"/> and keeps
/// nothing, so the ratio shows what the model, the mapping and every rule of the ledger cost; the allocation beyond the
/// ledger's own entries shows that memory does not grow with the file.</summary>
[MemoryDiagnoser]
public class IatiImportBenchmarks
{
    private static readonly LocalDate Today = new(2026, 11, 29);
    private string path = string.Empty;
    private UnionDataset dataset = null!;

    /// <summary>Gets or sets the number of activities in the file.</summary>
    [Params(5_500)]
    public int Activities { get; set; }

    /// <summary>Writes the file and loads the dataset.</summary>
    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"iati-benchmark-{Environment.ProcessId}.xml");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            Generate(writer, Activities);
        }

        dataset = DefaultDataset.Load(Today);
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>Baseline: reads the identifier, the status, the dates and every transaction's type, date, value,
    /// currency, value date and provider with an <see cref="XmlReader"/>, keeping a checksum only.</summary>
    /// <returns>A checksum of what was read.</returns>
    [Benchmark(Baseline = true)]
    public long ReadOnly()
    {
        using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        long sum = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "iati-identifier" or "narrative":
                    sum += reader.ReadElementContentAsString().Length;
                    break;
                case "transaction-type" or "activity-status" or "sector" or "participating-org" or "recipient-country":
                    sum += reader.GetAttribute("code")?.Length ?? reader.GetAttribute("role")?.Length ?? 0;
                    break;
                case "transaction-date" or "activity-date":
                    sum += reader.GetAttribute("iso-date")?.Length ?? 0;
                    break;
                case "value":
                    sum += (reader.GetAttribute("currency")?.Length ?? 0) + (reader.GetAttribute("value-date")?.Length ?? 0);
                    sum += (long)decimal.Parse(reader.ReadElementContentAsString(), CultureInfo.InvariantCulture);
                    break;
                case "provider-org" or "receiver-org":
                    sum += reader.GetAttribute("ref")?.Length ?? 0;
                    break;
            }
        }

        return sum;
    }

    /// <summary>Reads the file into the package's model, activity by activity, holding none.</summary>
    /// <returns>The number of transactions read.</returns>
    [Benchmark]
    public int ReadModel()
    {
        using var stream = File.OpenRead(path);
        var transactions = 0;
        foreach (var activity in IatiXml.ReadActivities(stream, new IatiReadLog()))
        {
            transactions += activity.Transactions.Count;
        }

        return transactions;
    }

    /// <summary>Imports the file into the ledger of a copy of the dataset, every rule checked.</summary>
    /// <returns>The number of entries posted.</returns>
    [Benchmark]
    public int Import()
    {
        using var stream = File.OpenRead(path);
        var import = IatiImporter.Import(dataset, [new IatiSource(stream, "generated.xml")], new IatiImportOptions(UnionId.Parse("nghe-an")), Today);
        return import.Violations.Count == 0 ? import.Posted.Count : throw new InvalidOperationException(import.Violations[0].ToString());
    }

    // Activities shaped like a publisher's: two languages, sectors, an outgoing commitment, then disbursements within it.
    internal static void Generate(TextWriter writer, int activities)
    {
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
        for (var a = 0; a < activities; a++)
        {
            var start = new LocalDate(2015, 1, 1).PlusDays(a % 2000);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"""
                  <iati-activity default-currency="USD" xml:lang="en">
                    <iati-identifier>XM-BENCH-{a:D6}</iati-identifier>
                    <reporting-org ref="GB-CHC-1234567" type="21"><narrative>Example Aid Trust</narrative><narrative xml:lang="vi">Quỹ Viện trợ Ví dụ</narrative></reporting-org>
                    <title><narrative>Activity {a} for schools and clinics</narrative><narrative xml:lang="vi">Hoạt động {a} cho trường học và trạm y tế</narrative></title>
                    <description><narrative>A generated activity for the benchmark, with forty transactions.</narrative></description>
                    <participating-org ref="GB-CHC-1234567" type="21" role="1"><narrative>Example Aid Trust</narrative></participating-org>
                    <participating-org type="22" role="4"><narrative xml:lang="vi">Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An</narrative></participating-org>
                    <activity-status code="2"/>
                    <activity-date type="2" iso-date="{start:uuuu-MM-dd}"/>
                    <recipient-country code="VN" percentage="100"/>
                    <sector vocabulary="1" code="12220" percentage="60"/>
                    <sector vocabulary="1" code="11110" percentage="40"/>

                """));
            for (var t = 0; t < 40; t++)
            {
                var day = start.PlusDays(t * 7);
                var type = t == 0 ? 2 : 3;
                var value = t == 0 ? "3900000.00" : "100000.00";
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"""
                        <transaction ref="XM-BENCH-{a:D6}-{t:D2}">
                          <transaction-type code="{type}"/>
                          <transaction-date iso-date="{day:uuuu-MM-dd}"/>
                          <value currency="USD" value-date="{day:uuuu-MM-dd}">{value}</value>
                          <description><narrative>Transfer {t} of activity {a}</narrative></description>
                          <provider-org ref="GB-CHC-1234567" type="21"><narrative>Example Aid Trust</narrative></provider-org>
                          <receiver-org type="22"><narrative xml:lang="vi">Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An</narrative></receiver-org>
                        </transaction>

                    """));
            }

            writer.Write("  </iati-activity>\n");
        }

        writer.Write("</iati-activities>\n");
    }
}
