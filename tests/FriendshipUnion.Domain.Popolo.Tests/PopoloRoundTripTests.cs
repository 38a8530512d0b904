using System.Text;
using System.Text.Json.Nodes;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace FriendshipUnion.Domain.Popolo.Tests;

/// <summary>Export then import: the unions, their names, congresses, bodies and every tenure come back; a file that
/// breaks a rule of the core is refused with the core's code and the path of the membership in the file.</summary>
public sealed class PopoloRoundTripTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    [Fact]
    public void The_embedded_dataset_exported_and_imported_into_an_empty_dataset_is_the_same_dataset()
    {
        var source = DefaultDataset.Load(Today);
        var (import, text) = RoundTrip(source, Today);
        Assert.Empty(import.Violations);
        Assert.Equal(source.Unions.Select(u => u.Id), import.UnionsEstablished);
        Assert.Equal(source.Unions.Sum(u => source.LeadershipOf(u.Id).Tenures.Count), import.TenuresImported);
        Assert.Equal(Projection(source), Projection(import.Dataset));
        Assert.Equal(text, Export(import.Dataset));
        Assert.Empty(import.NotImported);
    }

    /// <summary>Generated unions (a central union and provincial ones under it, random congress histories at random
    /// date precision, names by date, a declared Executive Committee, and leadership built from random changes that
    /// the core accepted, some unions ended) come back the same from their Popolo export.</summary>
    [Property(MaxTest = 100)]
    public Property Export_then_import_gives_back_the_same_unions_and_leadership() =>
        Prop.ForAll(
            Datasets().ToArbitrary(),
            source =>
            {
                var (import, text) = RoundTrip(source, Generators.Today);
                var (before, after) = (Projection(source), Projection(import.Dataset));
                return (import.Violations.Count == 0).Label(string.Join("\n", import.Violations))
                    .And(before.SequenceEqual(after)).Label("projection: -" + string.Join("\n-", before.Except(after)) + "\n+" + string.Join("\n+", after.Except(before)))
                    .And(text == Export(import.Dataset)).Label("export text");
            });

    [Fact]
    public void The_generated_datasets_hold_tenures_of_every_start_and_end()
    {
        var tenures = Gen.Sample(Datasets(), 60).SelectMany(d => d.Unions.SelectMany(u => d.LeadershipOf(u.Id).Tenures)).ToArray();
        Assert.Superset(Enum.GetValues<OfficeChangeKind>().Where(k => k is not (OfficeChangeKind.Resigned or OfficeChangeKind.Dismissed or OfficeChangeKind.Died or OfficeChangeKind.Suspended or OfficeChangeKind.Reinstated or OfficeChangeKind.ElectedAtCongress)).ToHashSet(), tenures.Select(t => t.StartKind).ToHashSet());
        Assert.Superset(new HashSet<TenureEnd?> { TenureEnd.Resigned, TenureEnd.Dismissed, TenureEnd.Died, TenureEnd.TermEnded, TenureEnd.UnionEnded }, tenures.Select(t => t.EndReason).ToHashSet());
        Assert.Contains(tenures, t => t.Suspensions.Count > 0);
        Assert.Contains(tenures, t => t.From.Precision == DatePrecision.Range);
        Assert.Contains(tenures, t => t.From.Qualifier == DateQualifier.Uncertain);
    }

    [Fact]
    public void Overlapping_presidents_of_a_union_in_the_file_are_refused_by_the_core_with_the_membership_path()
    {
        var json = ExportNode(DefaultDataset.Load(Today));
        var memberships = json["memberships"]!.AsArray();
        var president = memberships.First(m => (string?)m!["post_id"] == "post/nghe-an/president" && m!["end_date"] is null)!;
        var copy = president.DeepClone();
        copy["id"] = "membership/nghe-an/second-president";
        copy["person_id"] = memberships.First(m => ((string?)m!["post_id"])!.StartsWith("post/nghe-an/", StringComparison.Ordinal) && (string?)m!["person_id"] != (string?)president["person_id"])!["person_id"]!.DeepClone();
        memberships.Add(copy);
        var import = Import(json, UnionDataset.Create());
        // Both elections are facts of one change (the congress's): the core names the change and the office, and the
        // path is the last membership of that office in the change, the one that overfills it.
        Assert.Contains(import.Violations, v => v.Code == RuleCodes.PostMaxHolders && v.Path == $"$.memberships[{memberships.Count - 1}]");
        Assert.All(import.Violations, v => Assert.Contains("memberships", v.Path, StringComparison.Ordinal));
        Assert.Null(import.Dataset.Find(UnionId.Parse("nghe-an")));
        Assert.Equal([UnionId.Parse("vufo"), UnionId.Parse("an-giang"), UnionId.Parse("kien-giang")], import.UnionsEstablished);
    }

    [Fact]
    public void A_congress_out_of_sequence_is_refused_by_the_core_with_the_event_path()
    {
        var json = ExportNode(DefaultDataset.Load(Today));
        var events = json["events"]!.AsArray();
        var index = events.Select((e, i) => (e, i)).First(x => (string?)x.e!["id"] == "congress/nghe-an/6").i;
        events[index]!["extras"]!["ordinal"] = 9;
        var import = Import(json, UnionDataset.Create());
        Assert.Contains(import.Violations, v => v.Code == RuleCodes.CongressOrdinalSequence && v.Path == $"$.events[{index}]");
        Assert.DoesNotContain(UnionId.Parse("nghe-an"), import.UnionsEstablished);
    }

    [Theory]
    [InlineData("organizations", "union/an-giang", "extras", "{\"level\": \"county\"}", ".extras.level")]
    [InlineData("organizations", "union/an-giang", "parent_id", "\"vufo\"", ".parent_id")]
    [InlineData("organizations", "union/an-giang", "extras", "{\"level\": \"provincial\", \"succession\": \"merged\"}", ".dissolution_date")]
    [InlineData("organizations", "union/an-giang", "dissolution_date", "\"2025-07-01\"", ".extras")]
    [InlineData("memberships", "membership/an-giang/2", "extras", "{\"start\": \"crowned\"}", ".extras")]
    [InlineData("memberships", "membership/an-giang/2", "extras", "{\"start\": \"elected-at-congress\", \"end\": \"resigned\"}", ".end_date")]
    public void A_union_part_this_package_cannot_read_is_refused_with_its_path(string collection, string id, string member, string value, string path)
    {
        var json = ExportNode(DefaultDataset.Load(Today));
        var items = json[collection]!.AsArray();
        var item = items.First(i => (string?)i!["id"] == id)!;
        path = $"$.{collection}[{items.IndexOf(item)}]{path}";
        item[member] = JsonNode.Parse(value);
        if (member == "dissolution_date")
        {
            item["extras"]!["succession"] = "merged";
        }

        var import = Import(json, UnionDataset.Create());
        var violation = Assert.Single(import.Violations);
        Assert.Equal(PopoloRules.Json, violation.Code);
        Assert.Equal(path, violation.Path);
        Assert.Null(import.Dataset.Find(UnionId.Parse("an-giang")));
        Assert.Equal([UnionId.Parse("vufo"), UnionId.Parse("nghe-an"), UnionId.Parse("kien-giang")], import.UnionsEstablished);
    }

    [Fact]
    public void The_disputed_founding_and_the_records_reach_travel_in_extras_and_a_bad_claim_is_refused_with_its_path()
    {
        var json = ExportNode(DefaultDataset.Load(Today));
        var organizations = json["organizations"]!.AsArray();
        var ngheAn = organizations.First(o => (string?)o!["id"] == "union/nghe-an")!;
        Assert.Equal(("1986-11-29", "a 2019 public report"), ((string?)ngheAn["extras"]!["founding_claim_1"], (string?)ngheAn["extras"]!["founding_claim_1_source"]));
        Assert.Equal("2026-01-09", (string?)organizations.First(o => (string?)o!["id"] == "union/vufo")!["extras"]!["recorded_to"]);

        var rebuilt = Import(json, UnionDataset.Create()).Dataset.Find(UnionId.Parse("nghe-an"))!;
        Assert.Equal(DefaultDataset.Load(Today).Find(UnionId.Parse("nghe-an"))!.OtherFoundingClaims, rebuilt.OtherFoundingClaims);

        ngheAn["extras"]!["founding_claim_1"] = "1986-13-40";
        var violation = Assert.Single(Import(json, UnionDataset.Create()).Violations);
        Assert.Equal((PopoloRules.Date, $"$.organizations[{organizations.IndexOf(ngheAn)}].extras.founding_claim_1"), (violation.Code, violation.Path));
    }

    [Fact]
    public void A_union_founded_after_its_congress_is_refused_by_the_core_at_the_event()
    {
        var json = ExportNode(DefaultDataset.Load(Today));
        json["organizations"]![0]!["founding_date"] = "2014";
        var import = Import(json, UnionDataset.Create());
        Assert.Contains(import.Violations, v => v.Code == RuleCodes.CongressAfterFounding && v.Path == "$.events[0]");
        Assert.Null(import.Dataset.Find(UnionId.Parse("vufo")));
    }

    [Theory]
    [InlineData("birth_date", "2099", "before they were born")]
    [InlineData("death_date", "1950", "after they died")]
    public void A_tenure_outside_its_holders_lifetime_is_refused_by_the_core_at_the_membership(string member, string date, string words)
    {
        var json = ExportNode(DefaultDataset.Load(Today));
        var membership = json["memberships"]!.AsArray().Select((m, i) => (m, i)).First(x => (string?)x.m!["id"] == "membership/nghe-an/2");
        var person = json["persons"]!.AsArray().First(p => (string?)p!["id"] == (string?)membership.m!["person_id"])!;
        person[member] = date;
        var import = Import(json, UnionDataset.Create());
        Assert.All(import.Violations, v => Assert.Equal(RuleCodes.LeadershipWithinLifetime, v.Code));
        var violation = Assert.Single(import.Violations, v => v.Path == $"$.memberships[{membership.i}]");
        Assert.Contains(words, violation.Message, StringComparison.Ordinal);
        Assert.Null(import.Dataset.Find(UnionId.Parse("nghe-an")));
        Assert.Equal([UnionId.Parse("vufo"), UnionId.Parse("an-giang"), UnionId.Parse("kien-giang")], import.UnionsEstablished);
    }

    [Fact]
    public void An_end_with_no_reason_leaves_the_tenure_open_and_is_reported()
    {
        var json = ExportNode(DefaultDataset.Load(Today));
        var membership = json["memberships"]!.AsArray().First(m => (string?)m!["extras"]!["end"] == "term-ended")!;
        membership.AsObject().Remove("extras");
        var import = Import(json, UnionDataset.Create());
        Assert.Empty(import.Violations);
        Assert.Equal(1, import.NotImported["membership end with no reason (extras.end): the tenure is left open"]);
    }

    [Fact]
    public void Persons_of_another_publisher_keep_their_affiliations_through_an_export_and_an_import()
    {
        using var fixture = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "everypolitician-like.json"));
        var first = PopoloImporter.Import(UnionDataset.Create(), fixture, Today);
        var person = first.Dataset.People.Find(PersonId.Parse("a7d1c1e2-0001"))!;
        Assert.Equal(
            [("Example Assembly", "legislature", "member", (string?)null, "Example Party"), ("Example Assembly", "legislature", "Speaker", "Speaker of the Assembly", null)],
            person.Affiliations.Select(a => (a.Organization, a.Classification, a.Role, a.Post, a.OnBehalfOf)));
        var (again, text) = RoundTrip(first.Dataset, Today);
        Assert.Empty(again.Violations);
        Assert.Equal(Projection(first.Dataset), Projection(again.Dataset));
        Assert.Equal(text, Export(again.Dataset));
    }

    [Fact]
    public void Without_change_numbers_the_facts_are_recorded_in_time_order_and_the_tenures_come_back()
    {
        var source = DefaultDataset.Load(Today);
        var json = ExportNode(source);
        foreach (var membership in json["memberships"]!.AsArray())
        {
            membership!["extras"]!.AsObject().Remove("start_change");
            membership["extras"]!.AsObject().Remove("end_change");
        }

        var import = Import(json, UnionDataset.Create());
        Assert.Empty(import.Violations);
        Assert.Equal(Projection(source), Projection(import.Dataset));
    }

    [Fact]
    public void Unions_of_another_publisher_are_found_by_their_identifier_and_their_level_by_their_parent()
    {
        const string Json = """
            {
              "persons": [{"id": "p1", "name": "Trần Văn A"}],
              "organizations": [
                {"id": "org-1", "name": "Liên hiệp các tổ chức hữu nghị Việt Nam", "classification": "friendship union", "identifiers": [{"scheme": "friendship-union", "identifier": "vufo"}]},
                {"id": "org-2", "name": "Liên hiệp các tổ chức hữu nghị tỉnh X", "classification": "friendship union", "parent_id": "union/vufo", "founding_date": "1990", "identifiers": [{"scheme": "friendship-union", "identifier": "x"}]}
              ],
              "events": [{"id": "c-1", "classification": "congress", "organization_id": "org-2", "start_date": "2020-06", "extras": {"ordinal": 1}}],
              "memberships": [{"person_id": "p1", "organization_id": "org-2", "post_id": "post/x/president", "start_date": "2020-06", "elected_at_id": "c-1"}]
            }
            """;
        var import = PopoloImporter.Import(UnionDataset.Create(), new MemoryStream(Encoding.UTF8.GetBytes(Json)), Today);
        Assert.Empty(import.Violations);
        var x = import.Dataset.Find(UnionId.Parse("x"))!;
        Assert.Equal((OrganizationLevel.Provincial, UnionId.Parse("vufo"), "Liên hiệp các tổ chức hữu nghị tỉnh X"), (x.Level, x.Parent!.Value, x.Name.Vietnamese));
        Assert.Equal(OrganizationLevel.Central, import.Dataset.Find(UnionId.Parse("vufo"))!.Level);
        var tenure = Assert.Single(import.Dataset.LeadershipOf(x.Id).Tenures);
        Assert.Equal((1, Office.President, OfficeChangeKind.ElectedAtCongress, new PartialDate(2020, 6)), (tenure.Term, tenure.Office, tenure.StartKind, tenure.From));
    }

    /// <summary>This package's own export with any member of any item replaced by a value of another shape (a huge
    /// number, a negative change number, an empty or odd string, an array, an object, an EDTF text Popolo's pattern
    /// does not allow): the import always returns, and what it refuses it names with a path.</summary>
    [Property(MaxTest = 300)]
    public Property Any_member_of_an_export_replaced_gives_a_result_never_an_exception() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => Damaged(seed));

    /// <summary>Damage the property once found to throw: two organizations with one id, one of them a body.</summary>
    [Theory]
    [InlineData(1372409521)]
    [InlineData(1711495677)]
    [InlineData(1939771009)]
    public void Damage_that_once_threw_gives_a_result(int seed) => Assert.True(Damaged(seed));

    // The default dataset's export with one to five members replaced, imported into an empty dataset.
    private static bool Damaged(int seed)
    {
        var random = new Random(seed);
        var json = ExportNode(DefaultDataset.Load(Today));
        string[] values = ["null", "0", "-1", "2147483648", "1e400", "\"\"", "\" \"", "\"x\"", "\"2023-07-11/2023-07-10\"", "\"2013-12-30?\"", "\"9999-12-31\"", "\"0000\"", "[]", "[1]", "{}", "{\"a\": []}", "true", "\"union/vufo\"", "\"post/vufo/president\"", "\"term/vufo/6\"", "\"body/vufo/6/presidium\"", "\"central\"", "\"merged\"", "\"resigned\"", "\"elected-at-congress\""];
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var collections = new[] { "persons", "organizations", "posts", "memberships", "events" };
            var items = json[collections[random.Next(collections.Length)]]!.AsArray();
            if (items.Count == 0)
            {
                continue;
            }

            var item = items[random.Next(items.Count)]!.AsObject();
            var target = random.Next(3) == 0 && item["extras"] is JsonObject extras ? extras : item;
            var keys = target.Select(kv => kv.Key).Append("start_change").Append("end_change").Append("start_date_edtf").Append("suspensions").ToArray();
            target[keys[random.Next(keys.Length)]] = JsonNode.Parse(values[random.Next(values.Length)]);
        }

        var import = Import(json, UnionDataset.Create());
        return import.Violations.All(v => v.Path.StartsWith('$') && v.Code.Length > 0)
            && (import.Violations.Count > 0 || import.UnionsEstablished.Count > 0);
    }

    private static (PopoloImport Import, string Text) RoundTrip(UnionDataset source, LocalDate today)
    {
        var text = Export(source);
        return (PopoloImporter.Import(UnionDataset.Create(), new MemoryStream(Encoding.UTF8.GetBytes(text)), today), text);
    }

    private static string Export(UnionDataset dataset)
    {
        using var stream = new MemoryStream();
        PopoloJson.Write(dataset, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonNode ExportNode(UnionDataset dataset) => JsonNode.Parse(Export(dataset))!;

    private static PopoloImport Import(JsonNode json, UnionDataset into) =>
        PopoloImporter.Import(into, new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), Today);

    // What Popolo carries of a dataset, as text: each union's level, parent, names, founding, tradition day, end and
    // source; its congresses; its bodies; its tenures with how they began and ended and their suspensions; the persons.
    private static string[] Projection(UnionDataset dataset) =>
        dataset.Unions.SelectMany(u =>
        {
            var leadership = dataset.LeadershipOf(u.Id);
            return new[] { $"{u.Id} {u.Level} {u.Parent} {u.Founded} {u.TraditionDay} {u.Succession} {u.Source} {string.Join("; ", u.Names.Select(n => $"{n.Vietnamese}/{n.English}/{n.From}"))} {u.RecordedTo} {string.Join("; ", u.OtherFoundingClaims.Select(c => $"{c} {c.Note}"))} {string.Join("; ", leadership.History.Select(c => c.Decision))}" }
                .Concat(u.Terms.Select(t => $"{u.Id} {t.Congress} {t.Congress.Note} {t.Congress.Source}"))
                .Concat(leadership.Bodies.Select(b => $"{u.Id} {b}"))
                .Concat(leadership.Tenures.Select(t => $"{u.Id} {t.Term} {t.Office} {t.Person} {t.StartKind} {t.From} {t.EndReason} {t.To} {string.Join(",", t.Suspensions.Select(s => $"{s.From}-{s.To}"))}"));
        })
        .Concat(dataset.People.People.OrderBy(p => p.Id.Value, StringComparer.Ordinal).Select(p => $"{p.Id} {p.Name} {p.AsciiName} {p.Note} {p.Source} {p.BirthDate} {p.DeathDate} {string.Join("; ", p.OtherNames.Select(n => $"{n.Name}/{n.Language}/{n.Note}/{n.From}/{n.To}"))} {string.Join("; ", p.Identifiers.Select(i => $"{i.Scheme}:{i.Identifier}"))} {string.Join("; ", p.Links.Select(l => $"{l.Url} {l.Note}"))} {string.Join("; ", p.Affiliations)}"))
        .ToArray();

    private static readonly Office[] Electable = [Office.ExecutiveCommitteeMember, Office.StandingCommitteeMember, Office.President, Office.PermanentVicePresident, Office.VicePresident];

    private static Gen<UnionDataset> Datasets() =>
        Generators.DatasetDrafts().SelectMany(drafts => Gen.Choose(0, int.MaxValue).ArrayOf(drafts.Length).Select(seeds => Build(drafts, seeds)));

    // Gives each union a declared Executive Committee and random leadership changes in its last two terms, keeping
    // those the core accepts, and ends some unions.
    private static UnionDataset Build(UnionDraft[] drafts, int[] seeds)
    {
        var people = Enumerable.Range(0, 6).Select(i => new Person(PersonId.Parse($"p{i}"), $"Người {i}")
        {
            AsciiName = i % 2 == 0 ? $"Nguoi {i}" : null,
            Note = i == 1 ? "Ghi chú" : null,
            Source = i == 2 ? "https://example.org/p2" : i == 3 ? "Báo Nhân Dân, 2020" : null,
            BirthDate = i % 3 == 0 ? new PartialDate(1950 + i) : i == 1 ? new PartialDate(1961, 4).WithQualifier(DateQualifier.Approximate) : i == 5 ? PartialDate.Between(new LocalDate(1958, 2, 1), new LocalDate(1959, 3, 1)) : null,
            DeathDate = i == 3 ? new PartialDate(2020, 2, 29) : null,
            OtherNames = i % 2 == 1 ? [new PersonName($"Nguoi {i}") { Language = "en", Note = "multilingual" }, new PersonName($"阮 {i}") { Language = "zh", From = new PartialDate(1990), To = new PartialDate(2001, 6) }] : [],
            Identifiers = i < 2 ? [new PersonIdentifier($"Q{i}", "wikidata"), new PersonIdentifier($"local-{i}")] : [],
            Links = i == 0 ? [new PersonLink("https://vi.wikipedia.org/wiki/Người_0", "Wikipedia (vi)"), new PersonLink("https://example.org/0")] : [],
            Affiliations = i % 2 == 0
                ? [
                    new PersonAffiliation("Quốc hội") { Classification = "legislature", Role = "member", OnBehalfOf = "Đảng", From = new PartialDate(2011, 7), To = new PartialDate(2016) },
                    new PersonAffiliation("Quốc hội") { Classification = "legislature", Post = "Ủy viên Ủy ban Đối ngoại", From = new PartialDate(2012) },
                    new PersonAffiliation("Đảng") { Classification = "party", Role = "member" },
                    new PersonAffiliation("Quốc hội") { Classification = null, Role = "observer" },
                ]
                : [],
        }).ToArray();
        // Some unions have a disputed founding (with and without a link) and say how far their record reaches.
        drafts = [.. drafts.Select((d, i) => (i + seeds[i]) % 3 != 0 ? d : d with
        {
            OtherFoundingClaims = [new DateClaim(new PartialDate(1986, 11, 29), "Báo Nghệ An, 2019") { Note = "Quyết định 36/QĐ-TU" }, new DateClaim(PartialDate.Between(new LocalDate(1987, 1, 1), new LocalDate(1987, 3, 1)), "a report") { Link = "https://example.org/r" }],
            RecordedTo = new PartialDate(2026, 1, 9),
        })];
        var dataset = UnionDataset.Create(new DatasetDraft { People = people, Unions = drafts }, Generators.Today);
        for (var u = 0; u < drafts.Length; u++)
        {
            var random = new Random(seeds[u]);
            var union = dataset.Find(drafts[u].Id)!;
            var leadership = dataset.LeadershipOf(union.Id);
            var terms = union.Terms.Skip(Math.Max(0, union.Terms.Count - 2)).ToArray();
            LocalDate last = default;

            // Some unions have a President appointed by decision in term 0, the interim before the first congress.
            if (random.Next(2) == 0 && union.Congresses.Count > 0 && union.Congresses[0].Held is { } first && first.Earliest.Year > 1990)
            {
                var on = PartialDate.FromLocalDate(first.Earliest.PlusDays(-random.Next(30, 400)));
                var appointed = new LeadershipChange(0, on, [OfficeFact.Appointed(PersonId.Parse($"p{random.Next(5)}"), Office.President)]) { Decision = random.Next(2) == 0 ? "12/QĐ-UBND" : "Quyết định của Ủy ban nhân dân tỉnh" };
                leadership.TryRecordChange(appointed, Generators.Today, out _);
            }

            foreach (var term in terms)
            {
                leadership.TryDeclareBody(new CommitteeBody(term.Ordinal, BodyKind.ExecutiveCommittee, random.Next(3, 8)) { Source = random.Next(2) == 0 ? "https://example.org/body" : null }, out _);
                var day = term.Congress.Held?.Latest ?? new LocalDate(2000, 1, 1);
                var end = union.Terms.FirstOrDefault(t => t.Ordinal == term.Ordinal + 1)?.Congress.Held?.Earliest.PlusDays(-1) ?? Generators.Today.PlusYears(-1);
                for (var step = 0; step < 30 && day < end; step++)
                {
                    var facts = Facts(random);
                    var date = random.Next(6) switch
                    {
                        0 => new PartialDate(day.Year, day.Month),
                        1 => PartialDate.Between(day, day.PlusDays(random.Next(1, 90))),
                        2 => PartialDate.FromLocalDate(day).WithQualifier(DateQualifier.Uncertain),
                        _ => PartialDate.FromLocalDate(day),
                    };
                    if (facts.Any(f => f.Kind == OfficeChangeKind.ElectedAtCongress) && term.Congress.Held is { } held)
                    {
                        date = held;
                    }

                    if (leadership.TryRecordChange(new LeadershipChange(term.Ordinal, date, facts), Generators.Today, out _))
                    {
                        last = date.Latest > last ? date.Latest : last;
                    }

                    day = day.PlusDays(random.Next(0, 40));
                }
            }

            if (random.Next(4) == 0 && last != default && union.Terms.Count > 0)
            {
                union.TryRecordSuccession(new Succession(SuccessionKind.Dissolved, PartialDate.FromLocalDate(last.PlusDays(random.Next(1, 30))), null), Generators.Today, out _);
            }
        }

        return dataset;
    }

    private static OfficeFact[] SeatAtCongress(PersonId person) =>
        [OfficeFact.ElectedAtCongress(person, Office.ExecutiveCommitteeMember), OfficeFact.ElectedAtCongress(person, Office.StandingCommitteeMember)];

    private static OfficeFact[] Facts(Random random)
    {
        PersonId P() => PersonId.Parse($"p{random.Next(5)}");
        Office O() => Electable[random.Next(Electable.Length)];
        return random.Next(12) switch
        {
            0 or 1 => [OfficeFact.ElectedAtCongress(P(), O())],
            2 => [OfficeFact.ElectedByExecutiveCommittee(P(), O())],
            3 => [OfficeFact.ByElected(P(), O())],
            4 => [OfficeFact.Attested(P(), O())],
            5 => [OfficeFact.Resigned(P(), O())],
            6 => [OfficeFact.Dismissed(P(), O())],
            7 => [OfficeFact.Died(P())],
            8 => [OfficeFact.Suspended(P(), Office.President), OfficeFact.ActingAppointed(P())],
            9 => [OfficeFact.Reinstated(P(), O())],
            10 => [OfficeFact.ElectedByExecutiveCommittee(P(), Office.ExecutiveCommitteeMember)],
            _ => SeatAtCongress(P()),
        };
    }
}
