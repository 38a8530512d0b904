using System.Globalization;

namespace TermTracker;

/// <summary>Writes rosters, post histories, a person's record and the rules in force.</summary>
internal static class LeadershipReport
{
    private static readonly Office[] Posts = [Office.President, Office.PermanentVicePresident, Office.VicePresidentGeneralSecretary, Office.VicePresident, Office.ActingPresident];

    internal static void WriteRoster(TextWriter output, Union union, Leadership leadership, PersonDirectory people, LocalDate asOf)
    {
        output.WriteLine(Invariant($"{union.NameOn(asOf).Value?.English ?? union.Name.English} ({union.Id}) on {asOf:uuuu-MM-dd}"));
        var match = union.TermOn(asOf);
        if (match.Value is not { } term)
        {
            output.WriteLine("  no term on record on that date");
            output.WriteLine();
            return;
        }

        var possibly = match.Answer == Answer.Possibly ? " (possibly not yet begun)" : string.Empty;
        output.WriteLine($"  Term: {term.Congress.OrdinalText} congress, {term.Label.Text}, from {term.Start?.ToString() ?? "an unknown date"}{possibly}");
        var head = leadership.HeadOn(asOf);
        output.WriteLine($"  Head: {(head.Value is { } h ? $"{people.NameOf(h.Person)} ({Offices.Title(h.Office)}){Maybe(head.Answer)}" : "none recorded")}");

        var shown = Enum.GetValues<BodyKind>()
            .Select(body => leadership.RosterOn(body, asOf))
            .Where(r => r.Recorded > 0 || (r.Term is { } t && leadership.BodyOf(t, r.Body) is not null))
            .ToArray();
        if (shown.Length == 0)
        {
            output.WriteLine("  No body of this term is on record.");
        }

        foreach (var roster in shown)
        {
            output.WriteLine($"  {Offices.Title(roster.Body)}: {roster.Summary}");
            foreach (var member in roster.Members)
            {
                var posts = leadership.OfficesOn(member.Tenure.Person, asOf).Where(t => Offices.BodyOf(t.Office) is null).Select(t => Offices.Title(t.Office));
                var suffix = string.Join(", ", posts);
                output.WriteLine($"    {people.NameOf(member.Tenure.Person)}{(suffix.Length > 0 ? $" — {suffix}" : string.Empty)}{Maybe(member.Holds)}{(member.Suspended != Answer.No ? " (suspended)" : string.Empty)}");
            }
        }

        output.WriteLine("  Posts:");
        foreach (var office in Posts)
        {
            var holders = leadership.HoldersOn(office, asOf);
            if (holders.Count == 0 && office is Office.VicePresidentGeneralSecretary or Office.ActingPresident)
            {
                continue;
            }

            var text = holders.Count == 0 ? "none recorded" : string.Join("; ", holders.Select(a => $"{people.NameOf(a.Value!.Person)} ({Since(a.Value!)}){Maybe(a.Answer)}"));
            output.WriteLine($"    {Offices.Title(office),-37} {text}");
        }

        var vacancies = leadership.VacanciesOn(asOf);
        output.WriteLine($"  Known vacancies: {(vacancies.Count == 0 ? "none" : string.Join(", ", vacancies.Select(v => Invariant($"{Offices.Title(v.Office)} ×{v.Seats}"))))}");
        output.WriteLine();
    }

    internal static void WriteHistory(TextWriter output, Union union, Leadership leadership, PersonDirectory people, Office office)
    {
        var history = leadership.HistoryOf(office);
        output.WriteLine($"{Offices.Title(office)} of the {union.Name.English} ({union.Id}), everyone on record in order:");
        if (history.Count == 0)
        {
            output.WriteLine("  none recorded");
        }

        foreach (var tenure in history)
        {
            var term = union.Terms.FirstOrDefault(t => t.Congress.Ordinal == tenure.Term);
            var label = term is null ? string.Empty : $" ({term.Label.Text})";
            output.WriteLine($"  {people.NameOf(tenure.Person),-20} {Congress.FormatOrdinal(tenure.Term)} term{label}  {Since(tenure)}  {Until(tenure)}");
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
            output.WriteLine($"  {tenure.Union,-10} {Congress.FormatOrdinal(tenure.Term)} term  {Offices.Title(tenure.Office),-37} {Since(tenure)}  {Until(tenure)}");
        }

        output.WriteLine();
    }

    internal static void WriteRules(TextWriter output, RuleCatalog rules, LocalDate asOf, UnionId? union)
    {
        var inForce = union is { } id ? rules.InForceOn(asOf, id) : rules.InForceOn(asOf);
        output.WriteLine(Invariant($"Rules in force on {asOf:uuuu-MM-dd}{(union is { } u ? $" for {u}" : string.Empty)}: {inForce.Count}"));
        foreach (var rule in inForce)
        {
            var severity = rule.Severity == RuleSeverity.Advisory ? " (advisory)" : string.Empty;
            output.WriteLine($"  {rule.Code}{severity}");
            output.WriteLine($"      {rule.Statement}");
            var check = rule.Verification switch
            {
                RuleVerification.Verified => "verified in the source",
                RuleVerification.Assumed => "ASSUMED: the source was not read",
                _ => "the library's own rule",
            };
            output.WriteLine($"      Source: {rule.Source}{(rule.InForceFrom is { } from ? Invariant($", in force from {from:uuuu-MM-dd}") : string.Empty)}{(rule.InForceTo is { } to ? Invariant($" to {to:uuuu-MM-dd}") : string.Empty)} ({check})");
        }
    }

    private static string Since(Tenure tenure) => tenure.StartKind switch
    {
        OfficeChangeKind.Attested => $"in office by {tenure.From} (start not reported)",
        OfficeChangeKind.ElectedAtCongress => $"from {tenure.From}, elected at the congress",
        OfficeChangeKind.ElectedByExecutiveCommittee => $"from {tenure.From}, elected by the Executive Committee",
        OfficeChangeKind.ByElected => $"from {tenure.From}, by-elected",
        OfficeChangeKind.ActingAppointed => $"from {tenure.From}, appointed acting head",
        _ => $"from {tenure.From}",
    };

    private static string Until(Tenure tenure) => tenure.EndReason switch
    {
        null => "in office",
        TenureEnd.TermEnded => $"to {tenure.To?.ToString() ?? "the next congress (date unknown)"}, term ended",
        TenureEnd.UnionEnded => $"to {tenure.To}, the union ended",
        { } reason => $"to {tenure.To}, {reason.ToString().ToLowerInvariant()}",
    };

    private static string Maybe(Answer answer) => answer == Answer.Possibly ? " (possibly)" : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
