using System.Globalization;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>Writes rosters, post histories, a person's record and the rules in force.</summary>
internal static class LeadershipReport
{
    private static readonly Office[] Posts = [Office.President, Office.PermanentVicePresident, Office.VicePresidentGeneralSecretary, Office.VicePresident, Office.ActingPresident];

    internal static void WriteRoster(TextWriter output, Union union, Leadership leadership, PersonDirectory people, LocalDate asOf)
    {
        output.WriteLine(F("{0} ({1}) on {2}", Names.Of(union, asOf), union.Id, D(asOf)));
        var match = union.TermOn(asOf);
        if (match.Value is not { } term)
        {
            output.WriteLine(T("  no term on record on that date"));
            output.WriteLine();
            return;
        }

        var possibly = match.Answer == Answer.Possibly ? T(" (possibly not yet begun)") : string.Empty;
        output.WriteLine(F("  Term: {0} congress, {1}, from {2}", O(term.Congress.Ordinal), term.Label.Text, Names.Of(term.Start, "an unknown date")) + possibly);
        var head = leadership.HeadOn(asOf);
        output.WriteLine(F("  Head: {0}", head.Value is { } h ? $"{people.NameOf(h.Person)} ({Names.Of(h.Office)}){Maybe(head.Answer)}" : T("none recorded")));

        var shown = Enum.GetValues<BodyKind>()
            .Select(body => leadership.RosterOn(body, asOf))
            .Where(r => r.Recorded > 0 || (r.Term is { } t && leadership.BodyOf(t, r.Body) is not null))
            .ToArray();
        if (shown.Length == 0)
        {
            output.WriteLine(T("  No body of this term is on record."));
        }

        foreach (var roster in shown)
        {
            output.WriteLine($"  {Names.Of(roster.Body)}: {Summary(roster)}");
            foreach (var member in roster.Members)
            {
                var posts = leadership.OfficesOn(member.Tenure.Person, asOf).Where(t => Offices.BodyOf(t.Office) is null).Select(t => Names.Of(t.Office));
                var suffix = string.Join(", ", posts);
                output.WriteLine($"    {people.NameOf(member.Tenure.Person)}{(suffix.Length > 0 ? $" — {suffix}" : string.Empty)}{Maybe(member.Holds)}{(member.Suspended != Answer.No ? T(" (suspended)") : string.Empty)}");
            }
        }

        output.WriteLine(T("  Posts:"));
        foreach (var office in Posts)
        {
            var holders = leadership.HoldersOn(office, asOf);
            if (holders.Count == 0 && office is Office.VicePresidentGeneralSecretary or Office.ActingPresident)
            {
                continue;
            }

            var text = holders.Count == 0 ? T("none recorded") : string.Join("; ", holders.Select(a => $"{people.NameOf(a.Value!.Person)} ({Since(a.Value!)}){Maybe(a.Answer)}"));
            output.WriteLine($"    {Names.Of(office),-37} {text}");
        }

        var vacancies = leadership.VacanciesOn(asOf);
        output.WriteLine(F("  Known vacancies: {0}", vacancies.Count == 0 ? T("none") : string.Join(", ", vacancies.Select(v => Invariant($"{Names.Of(v.Office)} ×{v.Seats}")))));
        output.WriteLine();
    }

    internal static void WriteHistory(TextWriter output, Union union, Leadership leadership, PersonDirectory people, Office office)
    {
        var history = leadership.HistoryOf(office);
        output.WriteLine(F("{0} of the {1} ({2}), everyone on record in order:", Names.Of(office), Names.Of(union), union.Id));
        if (history.Count == 0)
        {
            output.WriteLine(T("  none recorded"));
        }

        foreach (var tenure in history)
        {
            var term = union.Terms.FirstOrDefault(t => t.Congress.Ordinal == tenure.Term);
            var label = term is null ? string.Empty : $" ({term.Label.Text})";
            output.WriteLine($"  {people.NameOf(tenure.Person),-20} {TermOf(tenure.Term)}{label}  {Since(tenure)}  {Until(tenure)}");
        }

        output.WriteLine();
    }

    internal static void WritePerson(TextWriter output, UnionDataset dataset, Person person)
    {
        output.WriteLine($"{person.Name}{(person.AsciiName is { } ascii ? $" ({ascii})" : string.Empty)} [{person.Id}]");
        if (person.Note is { } note)
        {
            output.WriteLine($"  {note}");
        }

        foreach (var tenure in dataset.RecordOf(person.Id))
        {
            output.WriteLine($"  {tenure.Union,-10} {TermOf(tenure.Term)}  {Names.Of(tenure.Office),-37} {Since(tenure)}  {Until(tenure)}");
        }

        output.WriteLine();
    }

    internal static void WriteRules(TextWriter output, RuleCatalog rules, LocalDate asOf, UnionId? union)
    {
        var inForce = union is { } id ? rules.InForceOn(asOf, id) : rules.InForceOn(asOf);
        output.WriteLine(F("Rules in force on {0}", D(asOf)) + (union is { } u ? F(" for {0}", u) : string.Empty) + ": " + inForce.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var rule in inForce)
        {
            var severity = rule.Severity == RuleSeverity.Advisory ? T(" (advisory)") : string.Empty;
            output.WriteLine($"  {rule.Code}{severity}");
            output.WriteLine($"      {rule.StatementIn(Culture)}");
            var check = rule.Verification switch
            {
                RuleVerification.Verified => T("verified in the source"),
                RuleVerification.Assumed => T("ASSUMED: the source was not read"),
                _ => T("the library's own rule"),
            };
            output.WriteLine(F("      Source: {0}", rule.SourceIn(Culture)) + (rule.InForceFrom is { } from ? F(", in force from {0}", D(from)) : string.Empty) + (rule.InForceTo is { } to ? F(" to {0}", D(to)) : string.Empty) + $" ({check})");
        }
    }

    private static string Since(Tenure tenure) => tenure.StartKind switch
    {
        OfficeChangeKind.Attested => F("in office by {0} (start not reported)", D(tenure.From)),
        OfficeChangeKind.ElectedAtCongress => F("from {0}, elected at the congress", D(tenure.From)),
        OfficeChangeKind.ElectedByExecutiveCommittee => F("from {0}, elected by the Executive Committee", D(tenure.From)),
        OfficeChangeKind.ByElected => F("from {0}, by-elected", D(tenure.From)),
        OfficeChangeKind.ActingAppointed => F("from {0}, appointed acting head", D(tenure.From)),
        OfficeChangeKind.Appointed => F("from {0}, appointed by decision", D(tenure.From)),
        _ => F("from {0}", D(tenure.From)),
    };

    private static string Until(Tenure tenure) => tenure.EndReason switch
    {
        null => T("in office"),
        TenureEnd.TermEnded => F("to {0}, term ended", Names.Of(tenure.To, "the next congress (date unknown)")),
        TenureEnd.UnionEnded => F("to {0}, the union ended", Names.Of(tenure.To, "a day not recorded")),
        { } reason => F("to {0}, {1}", Names.Of(tenure.To, "a day not recorded"), Vietnamese ? N(reason) : reason.ToString().ToLowerInvariant()),
    };

    // "6th term", "nhiệm kỳ lần thứ VI"; term 0 is the interim before the first congress on record.
    private static string TermOf(int term) => term == 0 ? T("interim (no congress on record)") : F("{0} term", O(term));

    private static string Summary(Roster roster) => roster.DeclaredSize is { } size
        ? F("{0} seats, {1} recorded", size, roster.Recorded)
        : F("size not reported, {0} recorded", roster.Recorded);

    private static string Maybe(Answer answer) => answer == Answer.Possibly ? T(" (possibly)") : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
