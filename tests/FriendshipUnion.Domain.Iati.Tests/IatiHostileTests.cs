using System.Text;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace FriendshipUnion.Domain.Iati.Tests;

/// <summary>Any bytes in, a result out: the reader and the importer never throw for content, and refuse numbers that
/// would overflow; the writer refuses what XML cannot carry before it writes.</summary>
public sealed class IatiHostileTests
{
    private static readonly LocalDate Today = IatiImportTests.Today;
    private static readonly UnionId NgheAn = UnionId.Parse("nghe-an");

    private static IatiImport Import(string xml, IatiImportOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return IatiImporter.Import(DefaultDataset.Load(Today), [new IatiSource(stream, "hostile.xml")], options ?? new IatiImportOptions(NgheAn), Today);
    }

    private static string Activity(string inner, string attributes = "default-currency=\"USD\"") => $"""
        <iati-activities version="2.03"><iati-activity {attributes}>
          <iati-identifier>XM-HOSTILE-1</iati-identifier>
          <reporting-org ref="US-EIN-1" type="21"><narrative>Donor</narrative></reporting-org>
          <title><narrative>Hostile</narrative></title>
          <description><narrative>x</narrative></description>
          <participating-org ref="US-EIN-1" role="1"/>
          <activity-status code="2"/>
          <activity-date type="2" iso-date="2024-01-10"/>
          {inner}
        </iati-activity></iati-activities>
        """;

    private const string Disbursement = """<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value value-date="2024-02-01">1000</value></transaction>""";

    [Theory]
    [InlineData("""<recipient-country code="VN" percentage="79228162514264337593543950335"/><recipient-country code="KH" percentage="79228162514264337593543950335"/>""", IatiRules.RecipientShares)]
    [InlineData("""<recipient-country code="VN" percentage="-50"/><recipient-country code="KH" percentage="150"/>""", IatiRules.RecipientShares)]
    [InlineData("""<sector code="12220" percentage="79228162514264337593543950335"/><sector code="11110" percentage="79228162514264337593543950335"/>""", RuleCodes.ActivitySectors)]
    [InlineData("""<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value value-date="2024-02-01">79228162514264337593543950335</value></transaction>""", RuleCodes.LedgerAmountLimit)]
    [InlineData("""<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value value-date="2024-02-01">1e6</value></transaction>""", IatiRules.Value)]
    [InlineData("""<transaction><transaction-type code="3"/><transaction-date iso-date="0000-02-01"/><value value-date="2024-02-01">1</value></transaction>""", IatiRules.Value)]
    [InlineData("""<transaction><transaction-type code="3"/><transaction-date iso-date="2099-02-01"/><value value-date="2099-02-01">1</value></transaction>""", RuleCodes.LedgerNotInFuture)]
    [InlineData("""<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value currency="EUR" value-date="2024-02-01">10</value></transaction>""", RuleCodes.LedgerActivityCurrency)]
    [InlineData("""<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value value-date="2024-02-01">10.005</value></transaction>""", RuleCodes.MoneyMinorUnit)]
    [InlineData("""<transaction><transaction-type code="03"/><transaction-date iso-date="2024-02-01"/><value value-date="2024-02-01">1</value></transaction>""", null)]
    public void Numbers_that_would_overflow_and_days_that_do_not_exist_are_refused_with_a_code(string inner, string? code)
    {
        foreach (var share in new[] { CountryShareHandling.Record, CountryShareHandling.Apply })
        {
            var import = Import(Activity(inner + (inner.Contains("<transaction>", StringComparison.Ordinal) ? string.Empty : Disbursement)), new IatiImportOptions(NgheAn) { CountryShare = share });
            if (code is null)
            {
                Assert.Empty(import.Violations);
            }
            else
            {
                Assert.Contains(import.Violations, v => v.Code == code);
                Assert.Empty(import.Imported);
            }
        }
    }

    [Fact]
    public void The_writer_refuses_a_text_XML_cannot_carry_before_writing_anything_and_keeps_line_breaks()
    {
        var dataset = DefaultDataset.Load(Today);
        var ledger = dataset.Aid;
        ledger.RegisterParty(new Party(PartyId.Parse("donor"), "Donor\u0001", PartyKind.ForeignNgo, CountryCode.Parse("GB")));
        ledger.ProposeActivity(new AidActivity(ActivityId.Parse("a"), NgheAn, "Title", AidKind.Project, Currency.Usd, new LocalDate(2024, 1, 1)) { Participants = [new Participant(PartyId.Parse("donor"), ParticipantRole.Funding)] }, Today);
        using var stream = new MemoryStream();
        var refused = Assert.Throws<ArgumentException>(() => IatiXml.Write(dataset, NgheAn, stream));
        Assert.Contains("\\u0001", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);

        var other = DefaultDataset.Load(Today);
        other.Aid.ProposeActivity(new AidActivity(ActivityId.Parse("b"), NgheAn, "Title", AidKind.Project, Currency.Usd, new LocalDate(2024, 1, 1)) { Note = "first line\r\nsecond line\ttab" }, Today);
        using var written = new MemoryStream();
        IatiXml.Write(other, NgheAn, written);
        written.Position = 0;
        var back = IatiImporter.Import(DefaultDataset.Load(Today), [new IatiSource(written)], new IatiImportOptions(NgheAn), Today);
        Assert.Equal("first line\r\nsecond line\ttab", back.Dataset.Aid.FindActivity(ActivityId.Parse("b"))!.Note);
    }

    [Fact]
    public void A_stream_that_cannot_be_read_and_a_null_language_list_are_refused_as_documented()
    {
        var closed = new MemoryStream();
        closed.Dispose();
        Assert.Throws<ArgumentException>(() => IatiImporter.Import(DefaultDataset.Load(Today), [new IatiSource(closed)], new IatiImportOptions(NgheAn), Today));
        Assert.Throws<ArgumentException>(() => IatiXml.Read(closed));
        Assert.Throws<ArgumentNullException>(() => new IatiImportOptions(NgheAn) { Languages = null! });
        Assert.Throws<ArgumentNullException>(() => new IatiImportOptions(NgheAn) { Languages = ["vi", null!] });
        Assert.Throws<ArgumentException>(() => new IatiImportOptions(default));
    }

    /// <summary>The publisher fixture cut, with bytes flipped, with elements repeated or swapped: the import always
    /// returns, and a file it cannot read changes nothing.</summary>
    [Property(MaxTest = 300)]
    public Property Any_damage_to_a_file_gives_a_result_and_an_unreadable_file_changes_nothing() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Select(seed => Damage(seed)).ToArbitrary(),
            bytes =>
            {
                var dataset = DefaultDataset.Load(Today);
                using var stream = new MemoryStream(bytes);
                var import = IatiImporter.Import(dataset, [new IatiSource(stream, "damaged.xml")], new IatiImportOptions(NgheAn), Today);
                var unreadable = import.Violations.Any(v => v.Code is IatiRules.Xml or IatiRules.Version);
                return (!unreadable || (ReferenceEquals(dataset, import.Dataset) && import.Posted.Count == 0))
                    && import.Violations.All(v => v.Position is null || v.Position.Line >= 0);
            });

    private static byte[] Damage(int seed)
    {
        var random = new Random(seed);
        var bytes = File.ReadAllBytes(IatiImportTests.Fixture("ngo-publisher.xml")).ToList();
        var text = Encoding.UTF8.GetString([.. bytes]);
        switch (random.Next(6))
        {
            case 0:
                return [.. bytes.Take(random.Next(bytes.Count))];
            case 1:
                for (var i = 0; i < random.Next(1, 8); i++)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                return [.. bytes];
            case 2:
                var at = text.IndexOf("<transaction ", random.Next(text.Length / 2), StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(at < 0 ? text : text.Insert(at, string.Concat(Enumerable.Repeat("<transaction><value>", random.Next(1, 2000)))));
            case 3:
                var swaps = new[] { ("2023-03-20", "2023-02-30"), ("1500000.00", "-1"), ("code=\"3\"", "code=\"99\""), ("GBP", "???"), ("percentage=\"60\"", "percentage=\"1e400\""), ("version=\"2.03\"", "version=\"9\"") };
                var (from, to) = swaps[random.Next(swaps.Length)];
                return Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
            case 4:
                return Encoding.UTF8.GetBytes(text.Replace("<iati-activities", "<!DOCTYPE x [<!ENTITY e \"boom\">]><iati-activities", StringComparison.Ordinal));
            default:
                var cut = random.Next(text.Length);
                return Encoding.UTF8.GetBytes(text[..cut] + new string('<', random.Next(1, 50)) + text[cut..]);
        }
    }
}
