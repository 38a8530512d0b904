using System.Globalization;
using System.Text.RegularExpressions;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;
using NodaTime.Text;

namespace FriendshipUnion.Domain.Popolo;

/// <summary>A union a Popolo file describes that the dataset does not hold: its draft, built from the organization,
/// its bodies, its congress and term events and the memberships of its posts, with the JSON path each part of the
/// draft came from so that the core's refusals point into the file.</summary>
internal sealed partial class PopoloUnionPlan
{
    /// <summary>The classification this package writes for a union.</summary>
    internal const string UnionClassification = "friendship union";

    private readonly List<string> congressPaths = [];
    private readonly List<string> bodyPaths = [];
    private readonly List<Fact> facts = [];

    private PopoloUnionPlan(PopoloOrganization organization, UnionId id)
    {
        Organization = organization;
        Id = id;
    }

    /// <summary>Gets the union's organization in the file.</summary>
    internal PopoloOrganization Organization { get; }

    /// <summary>Gets the union's id.</summary>
    internal UnionId Id { get; }

    /// <summary>Gets the ids, in the file, of the union and its bodies.</summary>
    internal HashSet<string> OrganizationIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the memberships of the union's posts, in file order.</summary>
    internal List<PopoloMembership> Memberships { get; } = [];

    /// <summary>Gets the parent union's id, or <see langword="null"/>.</summary>
    internal UnionId? Parent { get; private set; }

    /// <summary>Gets the number of tenures the draft records.</summary>
    internal int Tenures { get; private set; }

    /// <summary>Finds the unions of a file that the dataset does not hold: organizations classified
    /// <c>friendship union</c> with a union id (<c>union/ID</c>, or an identifier of scheme <c>friendship-union</c>).</summary>
    internal static List<PopoloUnionPlan> Find(PopoloFile file, UnionDataset dataset)
    {
        var plans = new List<PopoloUnionPlan>();
        var seen = new HashSet<UnionId>();
        foreach (var organization in file.Organizations)
        {
            if (organization.Classification == UnionClassification && IdOf(organization) is { } id && dataset.Find(id) is null && seen.Add(id))
            {
                var plan = new PopoloUnionPlan(organization, id);
                plan.OrganizationIds.Add(organization.Id);
                foreach (var body in file.Organizations.Where(o => o.ParentId == organization.Id && BodyOf(o) is not null))
                {
                    plan.OrganizationIds.Add(body.Id);
                }

                plans.Add(plan);
            }
        }

        return plans;
    }

    /// <summary>Orders plans so that a parent is established before its children.</summary>
    internal static List<PopoloUnionPlan> ParentsFirst(List<PopoloUnionPlan> plans)
    {
        var ordered = new List<PopoloUnionPlan>();
        var placed = new HashSet<UnionId>();
        var left = plans.ToList();
        while (left.Count > 0)
        {
            var ready = left.Where(p => p.Parent is not { } parent || placed.Contains(parent) || !plans.Exists(q => q.Id == parent)).ToList();
            if (ready.Count == 0)
            {
                ready = [left[0]]; // a cycle of parents: the core refuses it
            }

            foreach (var plan in ready)
            {
                ordered.Add(plan);
                placed.Add(plan.Id);
                left.Remove(plan);
            }
        }

        return ordered;
    }

    /// <summary>The union id of an organization: its <c>union/ID</c> id, or its identifier of scheme
    /// <c>friendship-union</c>.</summary>
    internal static UnionId? IdOf(PopoloOrganization organization)
    {
        var text = organization.Id.StartsWith("union/", StringComparison.Ordinal)
            ? organization.Id["union/".Length..]
            : organization.Identifiers.FirstOrDefault(i => i.Scheme == "friendship-union")?.Identifier;
        return UnionId.TryParse(text, out var id) ? id : null;
    }

    /// <summary>Builds the union's draft; what cannot be built is a violation or a count in the report.</summary>
    internal UnionDraft? Draft(PopoloFile file, IReadOnlyDictionary<string, PersonId> persons, List<PopoloViolation> violations, Action<string> notImported)
    {
        var org = Organization;
        var before = violations.Count;
        void Refuse(string message, string path) => violations.Add(new PopoloViolation(PopoloRules.Json, message, path));

        var level = org.Extras.TryGetValue("level", out var levelText) ? Parse<OrganizationLevel>(levelText) : org.ParentId is null ? OrganizationLevel.Central : OrganizationLevel.Provincial;
        if (level is null)
        {
            Refuse($"'{Printable.Escape(levelText!, 40)}' is not a level (central, provincial).", org.Path + ".extras.level");
        }

        Parent = org.ParentId is { } parentId ? UnionIdOf(parentId) : null;
        if (org.ParentId is not null && Parent is null)
        {
            Refuse($"The parent '{Printable.Escape(org.ParentId, 100)}' is not a union's id.", org.Path + ".parent_id");
        }

        LocalDate? tradition = null;
        if (org.Extras.TryGetValue("tradition_day", out var dayText))
        {
            var day = LocalDatePattern.Iso.Parse(dayText);
            if (day.Success)
            {
                tradition = day.Value;
            }
            else
            {
                violations.Add(new PopoloViolation(PopoloRules.Date, $"'{Printable.Escape(dayText, 40)}' is not a day (YYYY-MM-DD).", org.Path + ".extras.tradition_day"));
            }
        }

        var succession = Succession(org, Refuse);
        var claims = FoundingClaims(org, violations);
        PartialDate? recordedTo = null;
        if (org.Extras.TryGetValue("recorded_to", out var recordedText))
        {
            if (PartialDate.TryParse(recordedText, out var recorded))
            {
                recordedTo = recorded;
            }
            else
            {
                violations.Add(new PopoloViolation(PopoloRules.Date, $"'{Printable.Escape(recordedText, 40)}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).", org.Path + ".extras.recorded_to"));
            }
        }

        var names = Names(org, Refuse);
        var congresses = Congresses(file, Refuse, notImported);
        var bodies = Bodies(file, Refuse);
        var changes = Changes(file, persons, congresses, violations, notImported);
        if (violations.Count > before || level is null || names is null)
        {
            return null;
        }

        try
        {
            return new UnionDraft(Id, level.Value, names)
            {
                Parent = Parent,
                Founded = org.FoundingDate,
                OtherFoundingClaims = claims,
                RecordedTo = recordedTo,
                TraditionDay = tradition,
                Succession = succession,
                Source = PopoloExtras.SourceOf(org.Sources, org.Extras),
                Congresses = congresses,
                Bodies = bodies,
                Leadership = changes,
            };
        }
        catch (ArgumentException e)
        {
            Refuse(e.Message, org.Path);
            return null;
        }
    }

    /// <summary>Maps a violation the core gives within the union's draft to the JSON path in the file: a congress's
    /// event, a body's organization, a fact's membership. When the core names a change but not its fact, the path is
    /// that of the last membership of the change in the office the violation names, else of its first.</summary>
    internal string PathOf(RuleViolation violation, IReadOnlyList<IReadOnlyList<Fact>> changes)
    {
        if (violation.Path is not { } path)
        {
            return Organization.Path;
        }

        var match = CorePath().Match(path);
        if (!match.Success)
        {
            return $"{Organization.Path} ({path})";
        }

        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        switch (match.Groups[1].Value)
        {
            case "congresses":
                return index < congressPaths.Count ? congressPaths[index] : Organization.Path;
            case "bodies":
                return index < bodyPaths.Count ? bodyPaths[index] : Organization.Path;
        }

        if (index >= changes.Count || changes[index].Count == 0)
        {
            return Organization.Path;
        }

        var facts = changes[index];
        if (match.Groups[3].Success)
        {
            var fact = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            return fact < facts.Count ? facts[fact].Path : facts[0].Path;
        }

        var named = facts.LastOrDefault(f => f.Office.Office is { } office && Offices.Title(office) == violation.OffendingValue);
        return (named ?? facts[0]).Path;
    }

    /// <summary>Gets the facts of each leadership change of the draft, in order.</summary>
    internal IReadOnlyList<IReadOnlyList<Fact>> ChangeFacts() =>
        Grouped().Select(g => (IReadOnlyList<Fact>)g.ToArray()).ToArray();

    private static T? Parse<T>(string text)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => PopoloJson.Kebab(v!.Value.ToString()) == text);

    private static UnionId? UnionIdOf(string organizationId) =>
        organizationId.StartsWith("union/", StringComparison.Ordinal) && UnionId.TryParse(organizationId["union/".Length..], out var id) ? id : null;

    // A body's term and kind from the id this package writes: body/UNION/TERM/KIND.
    private static (int Term, BodyKind Kind)? BodyOf(PopoloOrganization organization)
    {
        var parts = organization.Id.Split('/');
        return parts is ["body", _, var term, var kind]
            && int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            && Parse<BodyKind>(kind) is { } body
            ? (ordinal, body)
            : null;
    }

    private static int? OrdinalOf(PopoloEvent e)
    {
        var text = e.Extras.TryGetValue("ordinal", out var given) ? given : e.Id[(e.Id.LastIndexOf('/') + 1)..];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private static Succession? Succession(PopoloOrganization org, Action<string, string> refuse)
    {
        if (org.DissolutionDate is not { } date)
        {
            if (org.Extras.ContainsKey("succession") || org.Extras.ContainsKey("successor"))
            {
                refuse("A union's end (extras.succession) has its date as dissolution_date.", org.Path + ".dissolution_date");
            }

            return null;
        }

        var kind = org.Extras.TryGetValue("succession", out var kindText) ? Parse<SuccessionKind>(kindText) : SuccessionKind.Dissolved;
        var successor = org.Extras.TryGetValue("successor", out var successorText) ? UnionIdOf(successorText) : null;
        if (kind is null || (successorText is not null && successor is null) || (kind == SuccessionKind.Merged && successor is null))
        {
            refuse("The union's end is dissolved, or merged with a successor union ('union/ID').", org.Path + ".extras");
            return null;
        }

        return new Succession(kind.Value, date, successor) { Decision = org.Extras.GetValueOrDefault("succession_decision") };
    }

    // The founding dates other sources give (extras.founding_claim_N with _source, _link and _note), in order.
    private static List<DateClaim> FoundingClaims(PopoloOrganization org, List<PopoloViolation> violations)
    {
        var claims = new List<DateClaim>();
        for (var i = 1; org.Extras.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"founding_claim_{i}"), out var text); i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"founding_claim_{i}");
            if (!PartialDate.TryParse(text, out var date) || !org.Extras.TryGetValue(key + "_source", out var source) || string.IsNullOrWhiteSpace(source))
            {
                violations.Add(new PopoloViolation(PopoloRules.Date, $"extras.{key} is a date (YYYY, YYYY-MM, YYYY-MM-DD or an EDTF range) with its {key}_source.", org.Path + ".extras." + key));
                continue;
            }

            claims.Add(new DateClaim(date, source)
            {
                Link = org.Extras.TryGetValue(key + "_link", out var link) && !string.IsNullOrWhiteSpace(link) ? link : null,
                Note = org.Extras.TryGetValue(key + "_note", out var note) && !string.IsNullOrWhiteSpace(note) ? note : null,
            });
        }

        return claims;
    }

    // The names by date: the Vietnamese and English other names that start on the same day make one name; a union
    // with no other names has its name in both languages.
    private static UnionName[]? Names(PopoloOrganization org, Action<string, string> refuse)
    {
        var byDate = org.OtherNames.Where(n => n.Language is "vi" or "en").GroupBy(n => n.From).ToList();
        if (byDate.Count == 0)
        {
            return [new UnionName(org.Name, org.Name, null)];
        }

        var names = new List<UnionName>();
        foreach (var group in byDate)
        {
            var vietnamese = group.FirstOrDefault(n => n.Language == "vi")?.Name;
            var english = group.FirstOrDefault(n => n.Language == "en")?.Name;
            try
            {
                names.Add(new UnionName(vietnamese ?? english!, english ?? vietnamese!, group.Key));
            }
            catch (ArgumentException e)
            {
                refuse(e.Message, org.Path + ".other_names");
                return null;
            }
        }

        return [.. names];
    }

    private List<Congress> Congresses(PopoloFile file, Action<string, string> refuse, Action<string> notImported)
    {
        var events = file.Events.Where(e => e.OrganizationId == Organization.Id).ToList();
        var terms = events.Where(e => e.Classification == "legislative period").GroupBy(OrdinalOf).Where(g => g.Key is not null).ToDictionary(g => g.Key!.Value, g => g.First());
        var congresses = new List<Congress>();
        foreach (var e in events.Where(e => e.Classification == "congress"))
        {
            if (OrdinalOf(e) is not { } ordinal)
            {
                refuse("A congress has an ordinal: extras.ordinal, or the number that ends its id.", e.Path + ".id");
                continue;
            }

            var term = terms.GetValueOrDefault(ordinal);
            try
            {
                var label = term?.Extras.TryGetValue("term_label", out var text) == true ? TermLabel.Parse(text)
                    : (term?.StartDate ?? e.StartDate) is { } start && term?.EndDate is { } end ? TermLabel.FromYears(start.Year, end.Year)
                    : TermLabel.Parse(string.Create(CultureInfo.InvariantCulture, $"nhiệm kỳ {Congress.FormatOrdinal(ordinal)}"));
                congresses.Add(new Congress(ordinal, e.StartDate, label) { Note = e.Description, Source = PopoloExtras.SourceOf(e.Sources, e.Extras) });
                congressPaths.Add(e.Path);
            }
            catch (ArgumentException ex)
            {
                refuse(ex.Message, e.Path);
            }
        }

        foreach (var e in events.Where(e => e.Classification is not ("congress" or "legislative period")))
        {
            notImported($"event of classification {e.Classification ?? "(none)"} of a union");
        }

        return congresses;
    }

    private List<CommitteeBody> Bodies(PopoloFile file, Action<string, string> refuse)
    {
        var bodies = new List<CommitteeBody>();
        foreach (var org in file.Organizations.Where(o => o.ParentId == Organization.Id))
        {
            if (BodyOf(org) is not { } body)
            {
                continue;
            }

            try
            {
                bodies.Add(new CommitteeBody(body.Term, body.Kind, org.Seats) { Source = PopoloExtras.SourceOf(org.Sources, org.Extras) });
                bodyPaths.Add(org.Path);
            }
            catch (ArgumentException e)
            {
                refuse(e.Message, org.Path);
            }
        }

        return bodies;
    }

    // Each membership is a tenure: the fact that began it on its start date and, when it ended by resignation,
    // dismissal or death, the fact that ended it; its suspensions and reinstatements. The facts of a term on a date
    // make one change; in a change, ends come first, then starts, reinstatements and suspensions.
    private List<LeadershipChange> Changes(PopoloFile file, IReadOnlyDictionary<string, PersonId> persons, List<Congress> congresses, List<PopoloViolation> violations, Action<string> notImported)
    {
        var eventsById = file.Events.Where(e => e.OrganizationId == Organization.Id).GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // The first organization of an id wins, as everywhere in the import.
        var bodies = new Dictionary<string, (int Term, BodyKind Kind)>(StringComparer.Ordinal);
        foreach (var org in file.Organizations)
        {
            if (OrganizationIds.Contains(org.Id) && BodyOf(org) is { } body)
            {
                bodies.TryAdd(org.Id, body);
            }
        }
        var died = new HashSet<(PersonId, PartialDate)>();
        foreach (var membership in Memberships)
        {
            var person = persons[membership.PersonId!];
            if (membership.PostId is not { } postId || PopoloImporter.OfficeOf(postId) is not { } office)
            {
                notImported("membership of a union with no post of this package's (post/UNION/OFFICE)");
                continue;
            }

            var term = (membership.LegislativePeriodId ?? membership.ElectedAtId) is { } eventId && eventsById.TryGetValue(eventId, out var e) ? OrdinalOf(e)
                : membership.OrganizationId is { } orgId && bodies.TryGetValue(orgId, out var body) ? body.Term
                : congresses.LastOrDefault(c => membership.StartDate is { } s && c.Held is { } h && h.Earliest <= s.Latest)?.Ordinal
                // No congress on record before it: the interim, term 0.
                ?? (membership.StartDate is { } first && !congresses.Exists(c => c.Held is { } h && h.Earliest <= first.Latest) ? 0 : null);
            if (term is null || membership.StartDate is not { } start)
            {
                notImported("membership of a union's post with no term or no start date");
                continue;
            }

            var kind = membership.Extras.TryGetValue("start", out var startText) ? Parse<OfficeChangeKind>(startText)
                : office == Office.ActingPresident ? OfficeChangeKind.ActingAppointed
                : membership.ElectedAtId is not null ? OfficeChangeKind.ElectedAtCongress : OfficeChangeKind.Attested;
            var end = membership.Extras.TryGetValue("end", out var endText) ? Parse<TenureEnd>(endText) : null;
            if (kind is not { } startKind || (endText is not null && end is null))
            {
                violations.Add(new PopoloViolation(PopoloRules.Json, "extras.start is how a tenure began (elected-at-congress, elected-by-executive-committee, by-elected, attested, acting-appointed, appointed); extras.end how it ended (resigned, dismissed, died, term-ended, superseded, union-ended).", membership.Path + ".extras"));
                continue;
            }

            var t = term.Value;
            try
            {
                facts.Add(new(t, start, 1, ChangeOf(membership, "start_change"), new OfficeFact(startKind, person, office), membership.Path) { Decision = DecisionOf(membership, "start_decision") });
                foreach (var suspension in membership.Suspensions)
                {
                    facts.Add(new(t, suspension.From, 3, suspension.StartChange, OfficeFact.Suspended(person, office), membership.Path));
                    if (suspension.To is { } back)
                    {
                        facts.Add(new(t, back, back == suspension.From ? 4 : 2, suspension.EndChange, OfficeFact.Reinstated(person, office), membership.Path));
                    }
                }
            }
            catch (ArgumentException ex)
            {
                violations.Add(new PopoloViolation(PopoloRules.Json, ex.Message, membership.Path));
                continue;
            }

            Tenures++;
            if (membership.EndDate is not { } to)
            {
                if (end is TenureEnd.Resigned or TenureEnd.Dismissed or TenureEnd.Died)
                {
                    violations.Add(new PopoloViolation(PopoloRules.Json, $"A tenure that ended ({endText}) has an end_date.", membership.Path + ".end_date"));
                }

                continue;
            }

            var order = to == start ? 5 : 0;
            var change = ChangeOf(membership, "end_change");
            var decided = DecisionOf(membership, "end_decision");
            switch (end)
            {
                case TenureEnd.Resigned:
                    facts.Add(new(t, to, order, change, OfficeFact.Resigned(person, office), membership.Path) { Decision = decided });
                    break;
                case TenureEnd.Dismissed:
                    facts.Add(new(t, to, order, change, OfficeFact.Dismissed(person, office), membership.Path) { Decision = decided });
                    break;
                case TenureEnd.Died when died.Add((person, to)):
                    facts.Add(new(t, to, order, change, OfficeFact.Died(person), membership.Path) { Decision = decided });
                    break;
                case null:
                    notImported("membership end with no reason (extras.end): the tenure is left open");
                    break;
            }
        }

        return Grouped().Select(g => new LeadershipChange(g.Key.Term, g.Key.Date, g.Select(f => f.Office).ToArray()) { Decision = g.Select(f => f.Decision).FirstOrDefault(d => d is not null) }).ToList();
    }

    // The facts grouped into changes: by the change numbers this package's export writes when every fact has one
    // (the history's own grouping and order), else by term and date in time order.
    private IEnumerable<IGrouping<(int? Change, int Term, PartialDate Date), Fact>> Grouped() =>
        facts.TrueForAll(f => f.Change is not null)
            ? facts.OrderBy(f => f.Change).ThenBy(f => f.Order).GroupBy(f => (f.Change, f.Term, f.Date))
            : facts.OrderBy(f => f.Term).ThenBy(f => f.Date.Earliest).ThenBy(f => f.Date.Latest).ThenBy(f => f.Order).GroupBy(f => ((int?)null, f.Term, f.Date));

    private static string? DecisionOf(PopoloMembership membership, string name) =>
        membership.Extras.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static int? ChangeOf(PopoloMembership membership, string name) =>
        membership.Extras.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>One fact of a change to be: its term, date, place among the facts of its date, the number of its change
    /// in the file (or null), and the path of its membership.</summary>
    internal sealed record Fact(int Term, PartialDate Date, int Order, int? Change, OfficeFact Office, string Path)
    {
        /// <summary>Gets the decision of the fact's change, when the file gives one.</summary>
        public string? Decision { get; init; }
    }

    [GeneratedRegex(@"^(congresses|bodies|leadership)\[(\d+)\](?:\.facts\[(\d+)\])?", RegexOptions.CultureInvariant, 100)]
    private static partial Regex CorePath();
}
