using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Documents;

public sealed class DocumentRegistryTests
{
    private static DocumentSymbol S(string text) => DocumentSymbol.Parse(text);

    private static DocumentRegistry Decrees() => DocumentRegistry.Create(
    [
        new LegalDocument(S("45/2010/NĐ-CP"), "Government") { Issued = new PartialDate(2010), InForceTo = new LocalDate(2024, 11, 25) },
        new LegalDocument(S("126/2024/NĐ-CP"), "Government")
        {
            Issued = new PartialDate(2024),
            InForceFrom = new LocalDate(2024, 11, 26),
            Relations = [new DocumentRelation(DocumentRelationKind.Replaces, S("45/2010/NĐ-CP"))],
        },
        new LegalDocument(S("80/2020/NĐ-CP"), "Government") { Issued = PartialDate.Parse("2020-07-08") },
        new LegalDocument(S("313/2025/NĐ-CP"), "Government")
        {
            Issued = new PartialDate(2025),
            InForceFrom = new LocalDate(2025, 12, 8),
            Relations = [new DocumentRelation(DocumentRelationKind.Replaces, S("80/2020/NĐ-CP"))],
        },
        new LegalDocument(S("12-CT/TW"), "Secretariat") { Issued = PartialDate.Parse("2022-01-05") },
        new LegalDocument(S("1234/KH-UBND"), "People's Committee")
        {
            Issued = PartialDate.Parse("2022-03"),
            Relations = [new DocumentRelation(DocumentRelationKind.Guides, S("12-CT/TW"))],
        },
        new LegalDocument(S("56/KH-LHHN"), "Union of Friendship Organizations")
        {
            Issued = PartialDate.Parse("2022-04-01"),
            Relations = [new DocumentRelation(DocumentRelationKind.Guides, S("1234/KH-UBND"))],
        },
    ]);

    [Fact]
    public void A_document_is_found_however_its_symbol_was_typed()
    {
        var registry = Decrees();

        Assert.Equal("80/2020/NĐ-CP", registry.Find("80/2020/ND-CP")!.Symbol.ToString());
        Assert.Equal("12-CT/TW", registry.Find("Số: 12-ct/tw")!.Symbol.ToString());
        Assert.Null(registry.Find("not a symbol"));
        Assert.Null(registry.Find("99/2020/NĐ-CP"));
    }

    [Fact]
    public void Replacement_chains_switch_on_the_day_the_successor_enters_into_force()
    {
        var registry = Decrees();

        Assert.Equal(["45/2010/NĐ-CP", "126/2024/NĐ-CP"], registry.ReplacementChain(S("45/2010/NĐ-CP")).Select(d => d.Symbol.ToString()));
        Assert.Equal(["80/2020/NĐ-CP", "313/2025/NĐ-CP"], registry.ReplacementChain(S("80/2020/NĐ-CP")).Select(d => d.Symbol.ToString()));
        var decree80 = registry.Find(S("80/2020/NĐ-CP"))!;
        Assert.Equal(Answer.Yes, registry.InForceOn(decree80, new LocalDate(2025, 12, 7)));
        Assert.Equal(Answer.No, registry.InForceOn(decree80, new LocalDate(2025, 12, 8)));
        Assert.Equal(Answer.Yes, registry.InForceOn(registry.Find(S("313/2025/NĐ-CP"))!, new LocalDate(2025, 12, 8)));
        Assert.Equal(Answer.Yes, registry.InForceOn(registry.Find(S("45/2010/NĐ-CP"))!, new LocalDate(2024, 11, 25)));
        Assert.Equal(Answer.No, registry.InForceOn(registry.Find(S("45/2010/NĐ-CP"))!, new LocalDate(2024, 11, 26)));
    }

    [Fact]
    public void A_document_known_to_the_year_is_possibly_in_force_within_that_year()
    {
        var registry = Decrees();
        var decree45 = registry.Find(S("45/2010/NĐ-CP"))!;

        Assert.Equal(Answer.Possibly, registry.InForceOn(decree45, new LocalDate(2010, 6, 1)));
        Assert.Equal(Answer.Yes, registry.InForceOn(decree45, new LocalDate(2011, 1, 1)));
        Assert.Equal(Answer.No, registry.InForceOn(decree45, new LocalDate(2009, 12, 31)));
        Assert.Contains(registry.InForceOn(new LocalDate(2010, 6, 1)), a => a.Value == decree45 && a.Answer == Answer.Possibly);
    }

    [Fact]
    public void Everything_that_implements_a_directive_is_found_through_guidance_chains()
    {
        var implementing = Decrees().Implementing(S("12-CT/TW"));

        Assert.Equal(["1234/KH-UBND", "56/KH-LHHN"], implementing.Select(d => d.Symbol.ToString()));
    }

    [Fact]
    public void Each_registry_rule_is_broken_with_its_code()
    {
        var a = new LegalDocument(S("1-CT/TW"), "Secretariat") { Relations = [new DocumentRelation(DocumentRelationKind.Guides, S("2-CT/TW"))] };
        var b = new LegalDocument(S("2-CT/TW"), "Secretariat") { Relations = [new DocumentRelation(DocumentRelationKind.Amends, S("1-CT/TW"))] };
        var missing = new LegalDocument(S("3-CT/TW"), "Secretariat") { Relations = [new DocumentRelation(DocumentRelationKind.Replaces, S("9-CT/TW"))] };
        var early = new LegalDocument(S("4-CT/TW"), "Secretariat") { Issued = new PartialDate(2020), InForceFrom = new LocalDate(2019, 1, 1) };
        var backwards = new LegalDocument(S("5-CT/TW"), "Secretariat") { InForceFrom = new LocalDate(2020, 1, 1), InForceTo = new LocalDate(2019, 1, 1) };

        Assert.Equal([RuleCodes.DocumentNoCycle], Build.Codes(DocumentRegistry.Validate([a, b])));
        Assert.Equal([RuleCodes.DocumentRelationTarget], Build.Codes(DocumentRegistry.Validate([missing])));
        Assert.Equal([RuleCodes.DocumentDatesOrder], Build.Codes(DocumentRegistry.Validate([early])));
        Assert.Equal([RuleCodes.DocumentDatesOrder], Build.Codes(DocumentRegistry.Validate([backwards])));
        var duplicate = Assert.Throws<RuleViolationException>(() => DocumentRegistry.Create([early, early]));
        Assert.Equal((RuleCodes.DocumentUniqueSymbol, "documents[1].symbol"), (duplicate.Code, duplicate.Violations[0].Path));
    }

    [Property(MaxTest = 1000)]
    public Property In_force_on_a_date_agrees_with_a_linear_scan_over_generated_registries() =>
        Props.ForAll(Registries(), input =>
        {
            var (documents, probe) = input;
            var registry = DocumentRegistry.Create(documents);
            var expected = documents.Where(d =>
            {
                var replacer = documents.FirstOrDefault(o => o.Relations.Any(r => r.Kind == DocumentRelationKind.Replaces && r.Target == d.Symbol));
                return probe >= d.InForceFrom!.Value
                    && (d.InForceTo is not { } to || probe <= to)
                    && (replacer is null || probe < replacer.InForceFrom!.Value);
            });
            return registry.InForceOn(probe).Select(a => a.Value!).SequenceEqual(expected)
                && registry.InForceOn(probe).All(a => a.Answer == Answer.Yes);
        });

    // Registries of decrees with exact in-force dates; some replace an earlier one, some lapse on a given day.
    private static Gen<(LegalDocument[] Documents, LocalDate Probe)> Registries()
    {
        var start = new LocalDate(2000, 1, 1);
        var entry = from offset in Gen.Choose(1, 400)
                    from replaces in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
                    from lapses in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 300)))
                    select (offset, replaces, lapses);
        return from count in Gen.Choose(1, 12)
               from entries in entry.ArrayOf(count)
               from probe in Gen.Choose(0, 12 * 400)
               select (Make(start, entries), start.PlusDays(probe));
    }

    private static LegalDocument[] Make(LocalDate start, (int Offset, bool Replaces, int Lapses)[] entries)
    {
        var documents = new List<LegalDocument>();
        var date = start;
        var replaced = new HashSet<int>();
        for (var i = 0; i < entries.Length; i++)
        {
            date = date.PlusDays(entries[i].Offset);
            var target = entries[i].Replaces && i > 0 && replaced.Add(i - 1) ? S($"{i}/2000/NĐ-CP") : (DocumentSymbol?)null;
            documents.Add(new LegalDocument(S($"{i + 1}/2000/NĐ-CP"), "Government")
            {
                InForceFrom = date,
                InForceTo = entries[i].Lapses > 0 && target is null ? date.PlusDays(entries[i].Lapses) : null,
                Relations = target is { } t ? [new DocumentRelation(DocumentRelationKind.Replaces, t)] : [],
            });
        }

        return [.. documents];
    }
}
