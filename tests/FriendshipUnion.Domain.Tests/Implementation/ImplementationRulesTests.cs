using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Rules;
using NodaTime;

using FriendshipUnion.Domain.Tests.Support;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Implementation;

/// <summary>Each rule on work programmes and implementation plans, broken once, with its code; and the same data
/// accepted where the rule allows it.</summary>
public sealed class ImplementationRulesTests
{
    internal static DocumentSymbol S(string text) => DocumentSymbol.Parse(text);

    internal static PlanId P(string text) => PlanId.Parse(text);

    internal static DocumentRegistry Documents() => DocumentRegistry.Create(
    [
        new LegalDocument(S("12-CT/TW"), "Secretariat") { Issued = Date("2022-01-05") },
        new LegalDocument(S("38-CT/TW"), "Secretariat") { Issued = Date("2019-09-19") },
        new LegalDocument(S("45/2010/NĐ-CP"), "Government") { Issued = Date("2010"), InForceTo = new LocalDate(2024, 11, 25) },
        new LegalDocument(S("126/2024/NĐ-CP"), "Government")
        {
            Issued = Date("2024"),
            InForceFrom = new LocalDate(2024, 11, 26),
            Relations = [new DocumentRelation(DocumentRelationKind.Replaces, S("45/2010/NĐ-CP"))],
        },
    ]);

    /// <summary>A one-off plan in Nghe An's 6th term (2024-09-17, label 2024–2029) implementing 12-CT/TW.</summary>
    internal static ImplementationPlan Once(string id = "ct-12", string adopted = "2024-10-01", string? due = "2025-06-30", string document = "12-CT/TW", int term = 6) =>
        new(P(id), term, S(document), PlanSchedule.Once(due is null ? null : LocalDatePattern(due))) { Adopted = Date(adopted) };

    internal static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>Nghe An's 5th and 6th terms, in a dataset holding <see cref="Documents"/>.</summary>
    private static Built NgheAn() => Build.NgheAn(Documents().Documents);

    private static string[] Record(Built union, ImplementationPlan plan)
    {
        union.Work.TryRecordPlan(plan, Today, out var violations);
        return Codes(violations);
    }

    [Fact]
    public void A_plan_for_a_document_in_force_on_its_date_is_recorded_with_an_event()
    {
        var union = NgheAn();
        union.TakeDomainEvents();

        union.Work.RecordPlan(Once(), Today);

        var recorded = Assert.IsType<ImplementationPlanRecorded>(Assert.Single(union.TakeDomainEvents()));
        Assert.Equal(P("ct-12"), recorded.Plan.Id);
        Assert.Same(recorded.Plan, union.Work.FindPlan(P("ct-12")));
    }

    [Fact]
    public void A_plan_cannot_implement_a_document_not_yet_in_force_on_its_date()
    {
        var union = NgheAn();

        var ex = Assert.Throws<RuleViolationException>(() => union.Work.RecordPlan(Once(document: "126/2024/NĐ-CP"), Today));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal((RuleCodes.PlanDocumentInForce, "plans[0].document"), (violation.Code, violation.Path));
        Assert.Contains("not yet issued or in force", violation.Message, StringComparison.Ordinal);
        Assert.Empty(union.Work.Plans);
    }

    [Fact]
    public void A_plan_cannot_implement_a_document_no_longer_in_force_on_its_date()
    {
        var plan = Once(document: "45/2010/NĐ-CP", adopted: "2025-01-10");

        var ex = Assert.Throws<RuleViolationException>(() => NgheAn().Work.RecordPlan(plan, Today));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal(RuleCodes.PlanDocumentInForce, violation.Code);
        Assert.Contains("126/2024/NĐ-CP replaced it", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_historical_plan_may_implement_a_document_out_of_force_and_a_partial_date_is_judged_honestly()
    {
        Assert.Empty(Record(NgheAn(), Once(document: "45/2010/NĐ-CP", adopted: "2025-01-10") with { Historical = true }));

        // November 2024 straddles the switch from Decree 45 to Decree 126: both were possibly in force.
        Assert.Empty(Record(NgheAn(), Once(document: "126/2024/NĐ-CP", adopted: "2024-11")));
        Assert.Empty(Record(NgheAn(), Once(document: "45/2010/NĐ-CP", adopted: "2024-11")));
        Assert.Equal([RuleCodes.PlanDocumentInForce], Record(NgheAn(), Once(document: "45/2010/NĐ-CP", adopted: "2024-12")));
    }

    [Fact]
    public void A_plan_or_a_task_naming_an_unknown_document_is_refused()
    {
        Assert.Equal([RuleCodes.DocumentExists], Record(NgheAn(), Once(document: "99-CT/TW")));

        var programme = new WorkProgramme(6, ProgrammeItemKind.KeyTask, [new KeyTask(1, "Information work") { Carries = [S("99-CT/TW")] }]);
        var ex = Assert.Throws<RuleViolationException>(() => NgheAn().Work.AdoptProgramme(programme));
        Assert.Equal((RuleCodes.DocumentExists, "programmes[0].tasks[0].carries[0]"), (ex.Violations[0].Code, ex.Violations[0].Path));
    }

    [Fact]
    public void A_plan_belongs_to_a_term_on_record_and_is_not_adopted_before_it()
    {
        Assert.Equal([RuleCodes.PlanTerm], Record(NgheAn(), Once(term: 7, due: null)));
        Assert.Equal([RuleCodes.PlanTerm], Record(NgheAn(), Once(adopted: "2024-09-01")));
        Assert.Empty(Record(NgheAn(), Once(adopted: "2024-09")));
    }

    [Fact]
    public void A_plan_spanning_terms_is_listed_in_the_next_term_until_it_is_done()
    {
        var union = NgheAn();
        union.Work.RecordPlan(Once(term: 5, adopted: "2024-01-10", due: "2025-03-31", document: "38-CT/TW") with { SpansTerms = true }, Today);

        Assert.Equal(PlanStatus.InProgress, Assert.Single(union.Work.ImplementationOn(new LocalDate(2024, 10, 1))).Status);

        union.Work.RecordReport(P("ct-12"), new ImplementationReport(new LocalDate(2025, 2, 1), ReportKind.Final), Today);
        Assert.Empty(union.Work.ImplementationOn(new LocalDate(2025, 3, 1)));
        Assert.Single(union.Work.ImplementationOn(new LocalDate(2024, 3, 1))); // in its own term it stays listed
    }

    [Fact]
    public void Plan_ids_are_unique_within_a_union()
    {
        var union = NgheAn();
        union.Work.RecordPlan(Once(), Today);

        Assert.Equal([RuleCodes.PlanUniqueId], Record(union, Once()));
        Assert.Single(union.Work.Plans);
    }

    [Theory]
    [InlineData(5, "2019-10-01", "2025-01-01", RuleCodes.PlanDeadlineWithinTerm)] // after the label's last year and the next congress
    [InlineData(5, "2019-10-01", "2024-12-31", null)] // the next congress (2024-09-17) came before the label's end
    [InlineData(6, "2024-10-01", "2030-01-01", RuleCodes.PlanDeadlineWithinTerm)] // past the label's last year
    [InlineData(6, "2024-10-01", "2029-12-31", null)]
    [InlineData(6, "2024-10-01", "2024-09-16", RuleCodes.PlanDeadlineWithinTerm)] // before the term began
    public void A_deadline_lies_within_the_term(int term, string adopted, string due, string? code)
    {
        var plan = Once(term: term, adopted: adopted, due: due, document: term == 5 ? "38-CT/TW" : "12-CT/TW");

        Assert.Equal(code is null ? [] : [code], Record(NgheAn(), plan));
        Assert.Empty(Record(NgheAn(), plan with { SpansTerms = true }));
    }

    [Fact]
    public void An_annual_plan_ends_within_its_term_unless_it_spans_terms()
    {
        var annual = new ImplementationPlan(P("ct-38"), 5, S("38-CT/TW"), PlanSchedule.Annual(new AnnualDate(12, 15), 2025)) { Adopted = Date("2020-01") };

        var ex = Assert.Throws<RuleViolationException>(() => NgheAn().Work.RecordPlan(annual, Today));

        Assert.Equal((RuleCodes.PlanDeadlineWithinTerm, "plans[0].lastYear"), (ex.Violations[0].Code, ex.Violations[0].Path));
        Assert.Empty(Record(NgheAn(), annual with { SpansTerms = true }));
        Assert.Empty(Record(NgheAn(), new ImplementationPlan(P("ct-38"), 5, S("38-CT/TW"), PlanSchedule.Annual(new AnnualDate(12, 15))) { Adopted = Date("2020-01") }));
    }

    [Fact]
    public void An_annual_plan_whose_yearly_day_is_unknown_is_judged_by_its_whole_last_year_and_never_ends_before_it_begins()
    {
        // Term 5 runs to 2024-12-31 at the latest: a last year of 2024 may be within it, 2025 is not.
        Assert.Empty(Record(NgheAn(), new ImplementationPlan(P("ct-38"), 5, S("38-CT/TW"), PlanSchedule.Annual(null, 2024)) { Adopted = Date("2020-01") }));
        Assert.Equal([RuleCodes.PlanDeadlineWithinTerm], Record(NgheAn(), new ImplementationPlan(P("ct-38"), 5, S("38-CT/TW"), PlanSchedule.Annual(null, 2025)) { Adopted = Date("2020-01") }));

        var backwards = new ImplementationPlan(P("ct-12"), 6, S("12-CT/TW"), PlanSchedule.Annual(new AnnualDate(12, 15), 2024)) { Adopted = Date("2025-03-01"), SpansTerms = true };
        var ex = Assert.Throws<RuleViolationException>(() => NgheAn().Work.RecordPlan(backwards, Today));
        Assert.Equal((RuleCodes.PlanDeadlineWithinTerm, "plans[0].lastYear"), (Assert.Single(ex.Violations).Code, ex.Violations[0].Path));
    }

    [Fact]
    public void A_term_whose_label_has_no_years_ends_the_day_before_the_next_congress()
    {
        Built AnGiang() => InDataset(Provincial(Congress(2, null, "2014–2021 / 2015–2021"), Congress(3, "2022-01-21", "2021–2026")), Documents().Documents);
        ImplementationPlan Due(string due) => new(P("ct-38"), 2, S("38-CT/TW"), PlanSchedule.Once(LocalDatePattern(due)));

        Assert.Empty(Record(AnGiang(), Due("2022-01-20")));
        Assert.Equal([RuleCodes.PlanDeadlineWithinTerm], Record(AnGiang(), Due("2022-01-21")));
    }

    [Fact]
    public void Recording_the_next_congress_never_puts_an_existing_deadline_outside_its_term()
    {
        var union = InDataset(Provincial(Congress(5, "2019-05-14", "2019–2024")), Documents().Documents);
        union.Work.RecordPlan(Once(term: 5, adopted: "2019-10-01", due: "2024-12-31", document: "38-CT/TW"), Today);

        union.Union.RecordCongress(Congress(6, "2024-09-17", "2024–2029"), Today);

        Assert.Equal(2, union.Union.Terms.Count);
        Assert.Empty(UnionDataset.Validate(union.Dataset.ToDraft(), Today));
    }

    [Fact]
    public void A_report_cannot_predate_its_plan_or_lie_in_the_future_and_an_unknown_plan_is_named()
    {
        var union = NgheAn();
        union.Work.RecordPlan(Once(), Today);
        union.TakeDomainEvents();

        var early = Assert.Throws<RuleViolationException>(() => union.Work.RecordReport(P("ct-12"), new ImplementationReport(new LocalDate(2024, 9, 30), ReportKind.Progress), Today));
        var future = Assert.Throws<RuleViolationException>(() => union.Work.RecordReport(P("ct-12"), new ImplementationReport(Today.PlusDays(1), ReportKind.Final), Today));
        var unknown = Assert.Throws<RuleViolationException>(() => union.Work.RecordReport(P("nope"), new ImplementationReport(Today, ReportKind.Final), Today));

        Assert.Equal((RuleCodes.PlanReportAfterPlan, "plans[0].reports[0].date"), (early.Violations[0].Code, early.Violations[0].Path));
        Assert.Equal(RuleCodes.PlanReportNotInFuture, Assert.Single(future.Violations).Code);
        Assert.Equal(RuleCodes.PlanExists, Assert.Single(unknown.Violations).Code);
        Assert.Empty(union.Work.FindPlan(P("ct-12"))!.Reports);
        Assert.Empty(union.TakeDomainEvents());

        union.Work.RecordReport(P("ct-12"), new ImplementationReport(new LocalDate(2024, 10, 1), ReportKind.Final), Today);
        Assert.IsType<ImplementationReportRecorded>(Assert.Single(union.TakeDomainEvents()));
        Assert.Single(union.Work.FindPlan(P("ct-12"))!.Reports);
    }

    [Theory]
    [InlineData(PlanRecurrence.Once, 2025, "2025-03-01")] // a one-off plan's report names no year
    [InlineData(PlanRecurrence.Annual, 2023, "2025-03-01")] // before the plan's first year
    [InlineData(PlanRecurrence.Annual, 2027, "2027-03-01")] // after its last year
    [InlineData(PlanRecurrence.Annual, 2026, "2025-12-01")] // a year not yet begun when reported
    public void A_report_covers_a_year_of_its_plan(PlanRecurrence recurrence, int year, string date)
    {
        var schedule = recurrence == PlanRecurrence.Once ? PlanSchedule.Once(null) : PlanSchedule.Annual(new AnnualDate(12, 15), 2026);
        var plan = new ImplementationPlan(P("ct-12"), 6, S("12-CT/TW"), schedule) { Adopted = Date("2024-10-01") };
        var union = NgheAn();
        union.Work.RecordPlan(plan, Today);

        var later = new LocalDate(2030, 1, 1);
        var ex = Assert.Throws<RuleViolationException>(() => union.Work.RecordReport(plan.Id, new ImplementationReport(LocalDatePattern(date), ReportKind.Final, year), later));

        Assert.Equal((RuleCodes.PlanReportYear, "plans[0].reports[0].year"), (Assert.Single(ex.Violations).Code, ex.Violations[0].Path));
    }

    [Fact]
    public void A_report_on_an_annual_plan_names_its_year()
    {
        var plan = new ImplementationPlan(P("ct-12"), 6, S("12-CT/TW"), PlanSchedule.Annual(new AnnualDate(12, 15))) { Adopted = Date("2024-10-01") };
        var union = NgheAn();
        union.Work.RecordPlan(plan, Today);

        var ex = Assert.Throws<RuleViolationException>(() => union.Work.RecordReport(plan.Id, new ImplementationReport(new LocalDate(2025, 1, 10), ReportKind.Final), Today));

        Assert.Equal((RuleCodes.PlanReportYear, "plans[0].reports[0]"), (Assert.Single(ex.Violations).Code, ex.Violations[0].Path));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImplementationReport(Today, ReportKind.Final, -5));
    }

    [Fact]
    public void An_annual_report_for_the_past_year_made_in_january_is_accepted()
    {
        var plan = new ImplementationPlan(P("ct-12"), 6, S("12-CT/TW"), PlanSchedule.Annual(new AnnualDate(12, 15))) { Adopted = Date("2024-10-01") };
        var union = NgheAn();
        union.Work.RecordPlan(plan, Today);

        union.Work.RecordReport(plan.Id, new ImplementationReport(new LocalDate(2025, 1, 10), ReportKind.Final, 2024), Today);

        Assert.Equal(2024, union.Work.FindPlan(plan.Id)!.Reports[0].Cycle);
    }

    [Fact]
    public void A_programme_belongs_to_a_term_on_record_once_and_numbers_its_items()
    {
        KeyTask T(int n) => new(n, $"Task {n}");
        string[] Adopt(Built union, WorkProgramme programme)
        {
            var ex = Xunit.Record.Exception(() => union.Work.AdoptProgramme(programme));
            return ex is RuleViolationException violations ? Codes(violations.Violations) : [];
        }

        var union = NgheAn();
        union.Work.AdoptProgramme(new WorkProgramme(6, ProgrammeItemKind.KeyTask, [T(1), T(2)]));
        Assert.IsType<WorkProgrammeAdopted>(union.TakeDomainEvents()[^1]);

        Assert.Equal([RuleCodes.ProgrammeTerm], Adopt(union, new WorkProgramme(6, ProgrammeItemKind.Area, [T(1)])));
        Assert.Equal([RuleCodes.ProgrammeTerm], Adopt(NgheAn(), new WorkProgramme(4, ProgrammeItemKind.Area, [T(1)])));
        Assert.Equal([RuleCodes.ProgrammeTasks], Adopt(NgheAn(), new WorkProgramme(5, ProgrammeItemKind.Area, [T(1), T(1)])));
        Assert.Equal([RuleCodes.ProgrammeTasks], Adopt(NgheAn(), new WorkProgramme(5, ProgrammeItemKind.Area, [T(1), T(3)])));
        Assert.Equal([RuleCodes.ProgrammeTasks], Adopt(NgheAn(), new WorkProgramme(5, ProgrammeItemKind.Area, [T(1), T(2), T(3)], declaredCount: 2)));
        Assert.Empty(Adopt(NgheAn(), new WorkProgramme(5, ProgrammeItemKind.KeyTask, [T(4)], declaredCount: 5)));
        Assert.Single(union.Work.Programmes);
    }

    [Fact]
    public void The_dataset_checks_the_documents_its_unions_name()
    {
        var draft = NgheAn().Draft with { Plans = [Once(document: "126/2024/NĐ-CP")] };
        var vufo = Central();

        var violations = UnionDataset.Validate(new DatasetDraft { Unions = [vufo, draft], Documents = Documents().Documents }, Today);
        var missing = UnionDataset.Validate(new DatasetDraft { Unions = [vufo, draft] }, Today);

        Assert.Equal((RuleCodes.PlanDocumentInForce, "unions[1].plans[0].document"), (Assert.Single(violations).Code, violations[0].Path));
        Assert.Equal(RuleCodes.DocumentExists, Assert.Single(missing).Code);
        Assert.Throws<RuleViolationException>(() => UnionDataset.Create(new DatasetDraft { Unions = [vufo, draft], Documents = Documents().Documents }, Today));
    }

    [Fact]
    public void A_document_that_would_put_a_plan_out_of_force_is_refused_where_it_is_added()
    {
        // 12-CT/TW replaced from 2024-10-01 would leave the plan of 2024-10-01 implementing a document out of force.
        var union = NgheAn();
        union.Work.RecordPlan(Once(adopted: "2024-10-02"), Today);
        var successor = new LegalDocument(S("99-CT/TW"), "Secretariat") { InForceFrom = new LocalDate(2024, 10, 1), Relations = [new DocumentRelation(DocumentRelationKind.Replaces, S("12-CT/TW"))] };

        var ex = Assert.Throws<RuleViolationException>(() => union.Dataset.AddDocuments([successor]));

        Assert.Equal((RuleCodes.PlanDocumentInForce, "unions[1].plans[0].document"), (Assert.Single(ex.Violations).Code, ex.Violations[0].Path));
        Assert.Null(union.Dataset.Documents.Find(S("99-CT/TW")));
        union.Dataset.AddDocuments([successor with { InForceFrom = new LocalDate(2025, 1, 1) }]);
        Assert.NotNull(union.Dataset.Documents.Find(S("99-CT/TW")));
    }
}
