using System.Collections.ObjectModel;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

namespace FriendshipUnion.Domain.Popolo;

/// <summary>A person's membership of an organization that is not one of the dataset's unions or bodies (a legislature,
/// a party), as the import found it: the person, the affiliation the person keeps, and where it is in the file.</summary>
/// <param name="Person">The person.</param>
/// <param name="Affiliation">The organization's name (its id when the file does not name it), classification, role,
/// post, the party on whose behalf, and the dates.</param>
public sealed record PopoloAffiliation(PersonId Person, PersonAffiliation Affiliation)
{
    /// <summary>Gets the JSON path of the membership in the file.</summary>
    public string Path { get; init; } = "$";
}

/// <summary>The rules this package applies to Popolo files, with their codes.</summary>
public static class PopoloRules
{
    /// <summary>The file is not a JSON object of Popolo collections, or an item or member has the wrong JSON type.</summary>
    public const string Json = "popolo.json";

    /// <summary>The file is larger than <see cref="PopoloJson.MaxDocumentBytes"/>.</summary>
    public const string Limit = "popolo.limit";

    /// <summary>A date is not in Popolo's pattern, or is not a day that exists.</summary>
    public const string Date = "popolo.date";

    /// <summary>A membership's dates are out of order, or outside the person's lifetime or the organization's
    /// existence.</summary>
    public const string MembershipDates = "popolo.membership-dates";

    /// <summary>Gets the rules, each with its statement and source; the core's <c>person.exists</c>,
    /// <c>person.unique-id</c> and <c>post.max-holders</c> apply too.</summary>
    public static IReadOnlyList<Rule> Catalog { get; } =
    [
        new(Json, "A Popolo file is a JSON object whose collections (persons, organizations, posts, memberships, events) are arrays of objects with members of their schema's types.", "Popolo specification, Serialization; the Popolo JSON Schemas")
        {
            StatementVi = "Tệp Popolo là một đối tượng JSON mà các tập hợp (persons, organizations, posts, memberships, events) là mảng các đối tượng có thành phần đúng kiểu theo lược đồ.",
            SourceVi = "Đặc tả Popolo, phần Serialization; các lược đồ Popolo JSON",
        },
        new(Limit, "A Popolo file read is at most 256 MiB and nested at most 64 deep.", "FriendshipUnion.Domain.Popolo")
        {
            StatementVi = "Tệp Popolo được đọc không quá 256 MiB và không lồng sâu quá 64 cấp.",
            SourceVi = "Quy tắc riêng của FriendshipUnion.Domain.Popolo",
        },
        new(Date, "Dates are YYYY, YYYY-MM or YYYY-MM-DD (a time may follow a day in memberships and events) and name days that exist.", "Popolo specification: ISO 8601 reduced dates; the Popolo JSON Schemas' patterns")
        {
            StatementVi = "Ngày có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD (trong tư cách thành viên và sự kiện, sau ngày có thể có giờ) và là ngày có thật.",
            SourceVi = "Đặc tả Popolo: ngày rút gọn theo ISO 8601; các mẫu của lược đồ Popolo JSON",
        },
        new(MembershipDates, "A membership starts no later than it ends, not before the person's birth or the organization's founding, and ends not after the person's death or the organization's dissolution.", "Popolo specification, Membership; Person; Organization")
        {
            StatementVi = "Tư cách thành viên bắt đầu không muộn hơn khi kết thúc, không trước ngày sinh của người đó hoặc ngày thành lập của tổ chức, và kết thúc không sau ngày mất của người đó hoặc ngày giải thể của tổ chức.",
            SourceVi = "Đặc tả Popolo, các phần Membership, Person, Organization",
        },
    ];
}

/// <summary>The result of a Popolo import: the dataset with the persons added (the input is not changed), the other
/// affiliations, and what was refused, not held or not imported.</summary>
public sealed class PopoloImport
{
    internal PopoloImport(UnionDataset dataset, PopoloFile file, IReadOnlyList<PopoloViolation> violations, IReadOnlyDictionary<string, int> notImported)
    {
        Dataset = dataset;
        File = file;
        Violations = violations;
        NotImported = notImported;
    }

    /// <summary>Gets the dataset after the import: a new instance when persons were added, else the input.</summary>
    public UnionDataset Dataset { get; }

    /// <summary>Gets the file as read: every person with all their names, identifiers, links and dates.</summary>
    public PopoloFile File { get; }

    /// <summary>Gets the persons added to the dataset.</summary>
    public IReadOnlyList<PersonId> PersonsAdded { get; internal init; } = [];

    /// <summary>Gets the persons the dataset already held with the same name.</summary>
    public IReadOnlyList<PersonId> PersonsHeld { get; internal init; } = [];

    /// <summary>Gets the unions the file describes that the dataset did not hold and that were established, with
    /// their names, congresses, bodies and leadership.</summary>
    public IReadOnlyList<UnionId> UnionsEstablished { get; internal init; } = [];

    /// <summary>Gets the number of tenures recorded in the unions established.</summary>
    public int TenuresImported { get; internal init; }

    /// <summary>Gets the memberships of organizations that are not unions or their bodies, as affiliations.</summary>
    public IReadOnlyList<PopoloAffiliation> Affiliations { get; internal init; } = [];

    /// <summary>Gets the number of memberships of the unions the dataset already held that match a recorded tenure.</summary>
    public int MembershipsMatched { get; internal init; }

    /// <summary>Gets the rules broken, with JSON paths.</summary>
    public IReadOnlyList<PopoloViolation> Violations { get; }

    /// <summary>Gets what the file holds that the model does not (property and count).</summary>
    public IReadOnlyDictionary<string, int> NotHeld => File.NotHeld;

    /// <summary>Gets what was read but not imported, with why, and how many.</summary>
    public IReadOnlyDictionary<string, int> NotImported { get; }
}

/// <summary>Imports Popolo JSON (EveryPolitician's files, this package's export) into a dataset.</summary>
/// <remarks>
/// <para>Persons become the dataset's persons (id from the file's: <c>person/ID</c> or a slug of it; the name; the ASCII
/// form from an other name noted <c>ASCII</c>; the summary as note; the first source, else <c>extras.source</c>, as
/// source), and keep every other name, identifier, link and partial date in <see cref="PopoloImport.File"/>.</para>
/// <para>An organization classified <c>friendship union</c> (id <c>union/ID</c>, or an identifier of scheme
/// <c>friendship-union</c>) that the dataset does not hold is established as a union through the core's rules: its
/// level (<c>extras.level</c>; else central without a parent, provincial with one), parent, names by date (its
/// Vietnamese and English other names), founding date, tradition day, end (<c>dissolution_date</c> with
/// <c>extras.succession</c>), its congresses (events of classification <c>congress</c>, with the terms' labels from
/// the <c>legislative period</c> events), its bodies (<c>body/UNION/TERM/KIND</c> with <c>seats</c>), and its leadership
/// from the memberships of its posts (<c>post/UNION/OFFICE</c>): each membership is a tenure that began as
/// <c>extras.start</c> says (else elected at the congress of <c>elected_at_id</c>, else attested) and ended as
/// <c>extras.end</c> says, with its suspensions; the facts are grouped into changes by the change numbers this
/// package's export writes, else by term and date in time order. A union that breaks a rule is not established (nor
/// its children), and each violation has the path of the event, body or membership it comes from.</para>
/// <para>Memberships of the unions the dataset already holds are matched against the recorded tenures: a file does not
/// rewrite a union the dataset holds. Memberships of other organizations (a legislature, a party) are kept as
/// <see cref="PopoloAffiliation"/>s with their dates. A membership outside the person's lifetime or the organization's
/// existence is refused (<c>popolo.membership-dates</c>), as are overlapping memberships of another organization's post
/// that one person holds at a time (<c>post.max-holders</c>). The input dataset is never changed.</para>
/// </remarks>
public static class PopoloImporter
{
    /// <summary>Imports a Popolo file into a copy of a dataset.</summary>
    /// <param name="dataset">The dataset; not changed.</param>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="today">Today, in Vietnam.</param>
    /// <returns>The new dataset, the affiliations and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read from.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PopoloImport Import(UnionDataset dataset, Stream stream, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var file = PopoloJson.Read(stream);
        var violations = new List<PopoloViolation>(file.Violations);
        var notImported = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void NotImported(string what) => notImported[what] = notImported.GetValueOrDefault(what) + 1;
        if (!file.IsReadable)
        {
            return new PopoloImport(dataset, file, violations.AsReadOnly(), new ReadOnlyDictionary<string, int>(notImported));
        }

        // Persons.
        var ids = new Dictionary<string, PersonId>(StringComparer.Ordinal);
        var added = new List<Person>();
        var held = new List<PersonId>();
        var born = new Dictionary<string, PopoloPerson>(StringComparer.Ordinal);
        foreach (var person in file.Persons)
        {
            var id = PersonIdOf(person.Id);
            if (!ids.TryAdd(person.Id, id) || added.Any(p => p.Id == id))
            {
                violations.Add(new PopoloViolation(RuleCodes.PersonUniqueId, $"The person id '{Printable.Escape(person.Id, 100)}' appears twice.", person.Path + ".id"));
                continue;
            }

            born[person.Id] = person;
            var ascii = person.OtherNames.FirstOrDefault(n => string.Equals(n.Note, "ASCII", StringComparison.OrdinalIgnoreCase) && n.Name.All(c => c is >= ' ' and <= '~'));
            Person core;
            try
            {
                core = new Person(id, person.Name)
                {
                    AsciiName = ascii?.Name,
                    Note = person.Summary,
                    Source = PopoloExtras.SourceOf(person.Sources, person.Extras),
                    BirthDate = person.BirthDate,
                    DeathDate = person.DeathDate,
                    // Every other name but the ASCII form taken above and the name itself in Vietnamese, which this
                    // package's export writes there too.
                    OtherNames = person.OtherNames
                        .Where(n => n != ascii && !(n.Name == person.Name && n.Language == "vi" && n.From is null && n.To is null))
                        .Select(n => new PersonName(n.Name) { Language = n.Language, Note = n.Note, From = n.From, To = n.To })
                        .ToArray(),
                    Identifiers = person.Identifiers
                        .Where(i => !(i.Scheme == PopoloJson.OwnScheme && i.Identifier == id.Value))
                        .Select(i => new PersonIdentifier(i.Identifier, i.Scheme))
                        .ToArray(),
                    Links = person.Links.Select(l => new PersonLink(l.Url, l.Note)).ToArray(),
                };
            }
            catch (ArgumentException e)
            {
                violations.Add(new PopoloViolation(PopoloRules.Json, e.Message, person.Path));
                continue;
            }

            if (dataset.People.Find(id) is { } existing)
            {
                if (existing.Name == core.Name)
                {
                    held.Add(id);
                }
                else
                {
                    violations.Add(new PopoloViolation(RuleCodes.PersonUniqueId, $"The dataset holds person '{id}' as {existing.Name}, not {Printable.Escape(core.Name, 100)}.", person.Path + ".name"));
                }
            }
            else
            {
                added.Add(core);
            }
        }

        // Memberships.
        var organizations = file.Organizations.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var posts = file.Posts.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var plans = PopoloUnionPlan.Find(file, dataset);
        var affiliations = new List<PopoloAffiliation>();
        var matched = 0;
        var byPost = new Dictionary<string, List<PopoloMembership>>(StringComparer.Ordinal);
        foreach (var membership in file.Memberships)
        {
            if (membership.PersonId is not { } personKey || !ids.TryGetValue(personKey, out var person))
            {
                violations.Add(new PopoloViolation(RuleCodes.PersonExists, $"The membership names no person of the file ('{Printable.Escape(membership.PersonId ?? string.Empty, 100)}').", membership.Path + ".person_id"));
                continue;
            }

            if (membership.OrganizationId is { } planId && plans.Find(p => p.OrganizationIds.Contains(planId)) is { } plan)
            {
                // A union the file establishes: the core's rules (terms, founding, the holders' lifetimes) apply to its
                // tenures when it is established, and the violations point back at the membership.
                plan.Memberships.Add(membership);
                continue;
            }

            var organization = membership.OrganizationId is { } orgId ? organizations.GetValueOrDefault(orgId) : null;
            if (!DatesHold(membership, born.GetValueOrDefault(personKey), organization, violations))
            {
                continue;
            }

            if (UnionOf(membership.OrganizationId, dataset) is { } union)
            {
                var office = membership.PostId is { } p ? OfficeOf(p) : null;
                var tenure = office is null ? null : dataset.LeadershipOf(union).RecordOf(person).FirstOrDefault(t => t.Office == office && t.From == membership.StartDate);
                if (tenure is null)
                {
                    NotImported("membership of a held union's post with no tenure recorded (record leadership changes through the core API)");
                }
                else
                {
                    matched++;
                }
            }
            else if (Overlapping(membership, posts, byPost) is { } other)
            {
                violations.Add(new PopoloViolation(RuleCodes.PostMaxHolders, $"The post '{Printable.Escape(membership.PostId!, 100)}' has one holder at a time; this membership overlaps {other.Path}.", membership.Path));
            }
            else
            {
                var affiliation = new PersonAffiliation(organization?.Name ?? membership.OrganizationId ?? "(no organization)")
                {
                    Classification = organization?.Classification,
                    Role = membership.Role,
                    Post = membership.PostId is { } p && posts.TryGetValue(p, out var post) ? post.Label ?? post.Role : null,
                    OnBehalfOf = membership.OnBehalfOfId is { } behalf ? organizations.GetValueOrDefault(behalf)?.Name ?? behalf : null,
                    From = membership.StartDate,
                    To = membership.EndDate,
                };
                affiliations.Add(new PopoloAffiliation(person, affiliation) { Path = membership.Path });
            }
        }

        var planned = plans.SelectMany(p => p.OrganizationIds).ToHashSet(StringComparer.Ordinal);
        foreach (var e in file.Events.Where(e => e.OrganizationId is null || !planned.Contains(e.OrganizationId)))
        {
            NotImported($"event of classification {e.Classification ?? "(none)"} of no union the file establishes: the congresses of a held union are recorded through the core API");
        }

        var drafts = new List<(PopoloUnionPlan Plan, UnionDraft Draft)>();
        foreach (var plan in PopoloUnionPlan.ParentsFirst(plans))
        {
            if (plan.Draft(file, ids, violations, NotImported) is { } draft)
            {
                drafts.Add((plan, draft));
            }
        }

        // The persons added keep their other affiliations; each is then judged as the core judges a person
        // (person.lifetime, person.affiliation-dates), and one refused is not added.
        var byPerson = affiliations.ToLookup(a => a.Person);
        var pathOf = file.Persons.GroupBy(p => PersonIdOf(p.Id)).ToDictionary(g => g.Key, g => g.First().Path);
        for (var i = 0; i < added.Count; i++)
        {
            if (byPerson[added[i].Id].ToArray() is { Length: > 0 } theirs)
            {
                added[i] = added[i] with
                {
                    Affiliations = theirs.Select(a => a.Affiliation).ToArray(),
                };
            }
        }

        added.RemoveAll(person =>
        {
            if (UnionDataset.TryCreate(new DatasetDraft { People = [person] }, today, dataset.Options, out _, out var refused))
            {
                return false;
            }

            violations.AddRange(refused.Select(v => new PopoloViolation(v.Code, v.Message, $"{pathOf[person.Id]} ({v.Path})")));
            return true;
        });

        var result = dataset;
        var established = new List<UnionId>();
        var tenures = 0;
        if (added.Count > 0 || drafts.Count > 0)
        {
            if (!DatasetJson.TryRead(DatasetJson.Write(dataset), today, dataset.Options, out var copy, out var problems))
            {
                violations.AddRange(problems.Select(p => new PopoloViolation(p.Code, "The dataset cannot be copied as of today: " + p.Message, p.Path ?? "$")));
            }
            else if (!copy.TryAddPeople(added, out var refused))
            {
                violations.AddRange(refused.Select(p => new PopoloViolation(p.Code, p.Message, "$.persons")));
            }
            else
            {
                foreach (var (plan, draft) in drafts)
                {
                    if (copy.TryEstablish(draft, today, out _, out var broken))
                    {
                        established.Add(plan.Id);
                        tenures += plan.Tenures;
                    }
                    else
                    {
                        var changes = plan.ChangeFacts();
                        violations.AddRange(broken.Select(v => new PopoloViolation(v.Code, v.Message, plan.PathOf(v, changes))));
                    }
                }

                result = copy;
            }
        }

        return new PopoloImport(result, file, violations.AsReadOnly(), new ReadOnlyDictionary<string, int>(notImported))
        {
            PersonsAdded = result == dataset ? [] : added.Select(p => p.Id).ToArray(),
            PersonsHeld = held.AsReadOnly(),
            UnionsEstablished = established.AsReadOnly(),
            TenuresImported = tenures,
            Affiliations = affiliations.AsReadOnly(),
            MembershipsMatched = matched,
        };
    }

    /// <summary>Imports a Popolo file into a copy of a dataset, today read from a clock in Vietnam's time.</summary>
    /// <param name="dataset">The dataset; not changed.</param>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The new dataset, the affiliations and the report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be read from.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static PopoloImport Import(UnionDataset dataset, Stream stream, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Import(dataset, stream, VietnamTime.Today(clock));
    }

    private static PersonId PersonIdOf(string id)
    {
        var local = id.StartsWith("person/", StringComparison.Ordinal) ? id["person/".Length..] : id;
        return PersonId.TryParse(local, out var parsed) ? parsed : PersonId.Parse(SlugId.Make(id));
    }

    private static UnionId? UnionOf(string? organization, UnionDataset dataset)
    {
        if (organization is null)
        {
            return null;
        }

        var parts = organization.Split('/');
        var id = parts is ["union", _] or ["body", _, _, _] ? parts[1] : null;
        return UnionId.TryParse(id, out var union) && dataset.Find(union) is not null ? union : null;
    }

    internal static Office? OfficeOf(string post)
    {
        // The id this package's export writes: post/UNION/office-in-kebab-case.
        var parts = post.Split('/');
        return parts is ["post", _, var kebab] ? Offices.All.Select(o => (Office?)o).FirstOrDefault(o => PopoloJson.Kebab(o!.Value.ToString()) == kebab) : null;
    }

    // The membership of a single-holder post that this one overlaps, or null; the membership is remembered.
    private static PopoloMembership? Overlapping(PopoloMembership membership, Dictionary<string, PopoloPost> posts, Dictionary<string, List<PopoloMembership>> byPost)
    {
        if (membership.PostId is not { } postId || !SingleHolder(postId, posts.GetValueOrDefault(postId)))
        {
            return null;
        }

        var others = byPost.TryGetValue(postId, out var list) ? list : byPost[postId] = [];
        if (others.Find(o => Overlap(o, membership)) is { } other)
        {
            return other;
        }

        others.Add(membership);
        return null;
    }

    private static bool SingleHolder(string postId, PopoloPost? post) =>
        post?.MaximumMemberships is { } seats ? seats == 1 : OfficeOf(postId) is { } office && Offices.IsSingleHolder(office);

    // Two memberships overlap unless one certainly ends before the other starts.
    private static bool Overlap(PopoloMembership a, PopoloMembership b) =>
        !(EndsBefore(a, b) || EndsBefore(b, a));

    private static bool EndsBefore(PopoloMembership first, PopoloMembership second) =>
        first.EndDate is { } end && second.StartDate is { } start && end.Latest <= start.Earliest;

    private static bool DatesHold(PopoloMembership membership, PopoloPerson? person, PopoloOrganization? organization, List<PopoloViolation> violations)
    {
        var before = violations.Count;
        void Refuse(string message, string member) => violations.Add(new PopoloViolation(PopoloRules.MembershipDates, message, $"{membership.Path}.{member}"));
        if (membership.StartDate is { } start && membership.EndDate is { } end && end.Latest < start.Earliest)
        {
            Refuse($"The membership ends ({end}) before it starts ({start}).", "end_date");
        }

        if (membership.StartDate is { } from)
        {
            if (person?.BirthDate is { } birth && from.Latest < birth.Earliest)
            {
                Refuse($"The membership starts ({from}) before the person was born ({birth}).", "start_date");
            }

            if (organization?.FoundingDate is { } founded && from.Latest < founded.Earliest)
            {
                Refuse($"The membership starts ({from}) before the organization was founded ({founded}).", "start_date");
            }

            if (person?.DeathDate is { } death && from.Earliest > death.Latest)
            {
                Refuse($"The membership starts ({from}) after the person died ({death}).", "start_date");
            }
        }

        if (membership.EndDate is { } to)
        {
            if (person?.DeathDate is { } death && to.Earliest > death.Latest)
            {
                Refuse($"The membership ends ({to}) after the person died ({death}).", "end_date");
            }

            if (organization?.DissolutionDate is { } dissolved && to.Earliest > dissolved.Latest)
            {
                Refuse($"The membership ends ({to}) after the organization was dissolved ({dissolved}).", "end_date");
            }
        }

        return violations.Count == before;
    }
}
