using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Data;

/// <summary>The embedded documents, work programmes and plans are those of FACTS.md, with unknown dates unknown.</summary>
public sealed class DefaultDocumentsTests
{
    private static readonly UnionDataset Facts = DefaultDataset.Load(Clocks.At(2026, 11, 22));

    private static DocumentSymbol S(string text) => DocumentSymbol.Parse(text);

    [Fact]
    public void The_documents_of_the_facts_are_embedded_with_their_issuers_and_dates()
    {
        var expected = new (string Symbol, string Issuer, string? Issued)[]
        {
            ("04-CT/TW", "Secretariat of the Party Central Committee", "2011-07-06"),
            ("38-CT/TW", "Secretariat of the Party Central Committee", "2019-09-19"),
            ("12-CT/TW", "Secretariat of the Party Central Committee", "2022-01-05"),
            ("12-KL/TW", "Politburo", "2021-08-12"),
            ("26-NQ/TW", "Politburo", "2013-07-30"),
            ("39-NQ/TW", "Politburo", "2023-07-18"),
            ("36-HD/VPTW", "Central Party Office", "2018-04-03"),
            ("45/2010/NĐ-CP", "Government", "2010-04-21"),
            ("33/2012/NĐ-CP", "Government", "2012-04-13"),
            ("126/2024/NĐ-CP", "Government", "2024-10-08"),
            ("80/2020/NĐ-CP", "Government", "2020-07-08"),
            ("313/2025/NĐ-CP", "Government", "2025-12-08"),
            ("30/2020/NĐ-CP", "Government", "2020"),
            ("60-NQ/TW", "Politburo", "2025-04-12"),
            ("202/2025/QH15", "National Assembly", "2025-06-12"),
        };

        Assert.Equal(expected, Facts.Documents.Documents.Select(d => (d.Symbol.ToString(), d.IssuedBy, d.Issued?.ToString())));
        Assert.Equal(["directive", "directive", "directive", "conclusion", "resolution", "resolution", "guidance", "decree", "decree", "decree", "decree", "decree", "decree", "resolution", null], Facts.Documents.Documents.Select(d => d.Kind?.Code)); // a QH symbol does not tell a law from a resolution
        Assert.Equal(["126/2024/NĐ-CP", "80/2020/NĐ-CP", "313/2025/NĐ-CP", "202/2025/QH15"], Facts.Documents.Documents.Where(d => d.InForceFrom is not null).Select(d => d.Symbol.ToString()));
        Assert.Equal(["45/2010/NĐ-CP", "33/2012/NĐ-CP", "80/2020/NĐ-CP"], Facts.Documents.Documents.Where(d => d.InForceTo is not null).Select(d => d.Symbol.ToString()));
        Assert.Equal((new LocalDate(2020, 9, 17), new LocalDate(2025, 12, 7)), (Facts.Documents.Find(S("80/2020/NĐ-CP"))!.InForceFrom!.Value, Facts.Documents.Find(S("80/2020/NĐ-CP"))!.InForceTo!.Value));
        Assert.Equal(new LocalDate(2025, 7, 1), Facts.Documents.Find(S("202/2025/QH15"))!.InForceFrom);
        Assert.Null(Facts.Documents.Find(S("12-CT/TW"))!.TitleVi); // no Vietnamese title is given in the sources
    }

    [Fact]
    public void The_decrees_on_associations_and_on_aid_are_each_replaced_on_the_day_in_the_facts()
    {
        Assert.Equal(["45/2010/NĐ-CP", "126/2024/NĐ-CP"], Facts.Documents.ReplacementChain(S("45/2010/ND-CP")).Select(d => d.Symbol.ToString()));
        Assert.Equal(["80/2020/NĐ-CP", "313/2025/NĐ-CP"], Facts.Documents.ReplacementChain(S("80/2020/ND-CP")).Select(d => d.Symbol.ToString()));

        var decree45 = Facts.Documents.Find(S("45/2010/NĐ-CP"))!;
        var decree80 = Facts.Documents.Find(S("80/2020/NĐ-CP"))!;
        Assert.Equal(Answer.Yes, Facts.Documents.InForceOn(decree45, new LocalDate(2024, 11, 25)));
        Assert.Equal(Answer.No, Facts.Documents.InForceOn(decree45, new LocalDate(2024, 11, 26)));
        Assert.Equal(Answer.No, Facts.Documents.InForceOn(decree45, new LocalDate(2010, 4, 20))); // issued 2010-04-21
        Assert.Equal(Answer.Yes, Facts.Documents.InForceOn(Facts.Documents.Find(S("33/2012/NĐ-CP"))!, new LocalDate(2024, 11, 25)));
        Assert.Equal(Answer.No, Facts.Documents.InForceOn(Facts.Documents.Find(S("33/2012/NĐ-CP"))!, new LocalDate(2024, 11, 26)));
        Assert.Equal(Answer.No, Facts.Documents.InForceOn(decree80, new LocalDate(2020, 9, 16))); // in force from 2020-09-17
        Assert.Equal(Answer.Yes, Facts.Documents.InForceOn(decree80, new LocalDate(2025, 12, 7)));
        Assert.Equal(Answer.No, Facts.Documents.InForceOn(decree80, new LocalDate(2025, 12, 8)));
    }

    [Fact]
    public void Nghe_An_has_five_areas_for_2019_2024_and_seven_key_tasks_for_2024_2029()
    {
        var ngheAn = Facts.WorkOf(Id("nghe-an"));

        var fifth = ngheAn.ProgrammeOf(5)!;
        var sixth = ngheAn.ProgrammeOf(6)!;
        Assert.Equal((ProgrammeItemKind.Area, 5), (fifth.ItemKind, fifth.Count));
        Assert.Equal("Consolidating and developing the association organization", fifth.Tasks[4].Text);
        Assert.Equal((ProgrammeItemKind.KeyTask, 7), (sixth.ItemKind, sixth.Count));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], sixth.Tasks.Select(t => t.Number));
        Assert.Equal("Mobilising overseas Vietnamese of Nghe An origin", sixth.Tasks[5].Text);
        Assert.All(sixth.Tasks.Where(t => t.Carries.Count > 0), t => Assert.StartsWith("Linked by subject", t.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void An_Giang_declares_five_key_tasks_without_texts_and_implements_38_CT_TW_every_year()
    {
        var anGiang = Facts.WorkOf(Id("an-giang"));

        var programme = anGiang.ProgrammeOf(3)!;
        Assert.Equal((5, 0), (programme.Count, programme.Tasks.Count));
        var plan = Assert.Single(anGiang.Plans);
        Assert.Equal(("38-CT/TW", PlanRecurrence.Annual), (plan.Document.ToString(), plan.Schedule.Recurrence));
        Assert.Null(plan.Adopted);
        Assert.Null(plan.Schedule.DueEachYear);
        Assert.Empty(plan.Reports);
    }

    [Fact]
    public void On_2024_10_01_Nghe_An_carries_out_12_CT_TW_and_12_KL_TW_through_its_key_tasks()
    {
        var work = Facts.WorkOf(Id("nghe-an")).ImplementationOn(new LocalDate(2024, 10, 1));

        Assert.Equal(["12-CT/TW", "12-KL/TW"], work.Select(w => w.Symbol.ToString()));
        Assert.Equal([2, 6], work.Select(w => Assert.Single(w.Tasks).Number));
        Assert.All(work, w => Assert.Equal((Answer.Yes, (PlanStatus?)null), (w.InForce, w.Status)));
        Assert.Empty(Facts.WorkOf(Id("nghe-an")).ImplementationOn(new LocalDate(2020, 1, 1))); // the 5th term's areas name no document
    }

    [Fact]
    public void An_Giang_is_implementing_38_CT_TW_in_its_3rd_term()
    {
        var work = Assert.Single(Facts.WorkOf(Id("an-giang")).ImplementationOn(new LocalDate(2023, 6, 1)));

        Assert.Equal(("38-CT/TW", PlanStatus.InProgress), (work.Symbol.ToString(), work.Status));
        Assert.Empty(Facts.WorkOf(Id("an-giang")).ImplementationOn(new LocalDate(2021, 6, 1))); // the plan belongs to the 3rd term
        Assert.Throws<KeyNotFoundException>(() => Facts.WorkOf(Id("ha-noi")).ImplementationOn(new LocalDate(2023, 6, 1)));
    }
}
