using System.Text;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Data;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;
using FsCheck.Xunit;
using NodaTime;

namespace FriendshipUnion.Domain.Popolo.Tests;

/// <summary>Reading and importing Popolo files shaped like EveryPolitician's, and this package's own export.</summary>
public sealed class PopoloImportTests
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static PopoloImport ImportFixture(UnionDataset dataset)
    {
        using var stream = File.OpenRead(Fixture("everypolitician-like.json"));
        return PopoloImporter.Import(dataset, stream, Today);
    }

    [Fact]
    public void Reading_holds_every_other_name_in_every_language_identifiers_links_and_partial_dates()
    {
        using var stream = File.OpenRead(Fixture("everypolitician-like.json"));
        var file = PopoloJson.Read(stream);
        Assert.True(file.IsReadable);
        Assert.Empty(file.Violations);
        var person = file.Persons[0];
        Assert.Equal(["en", "ru", "zh", "fr"], person.OtherNames.Where(n => n.Language is not null).Select(n => n.Language));
        Assert.Equal("阮文例", person.OtherNames.Single(n => n.Language == "zh").Name);
        Assert.Equal((new PartialDate(1990), new PartialDate(2001, 6)), (person.OtherNames[4].From!.Value, person.OtherNames[4].To!.Value));
        Assert.Equal(new PopoloIdentifier("wikidata", "Q00000001"), Assert.Single(person.Identifiers));
        Assert.Equal("https://vi.wikipedia.org/wiki/Nguyễn_Văn_Ví_Dụ", person.Links[0].Url);
        Assert.Equal(new PartialDate(1956), person.BirthDate);
        Assert.Equal(DatePrecision.Year, person.BirthDate!.Value.Precision);
        Assert.Equal(new PartialDate(2020, 1, 31), file.Persons[1].DeathDate);
        Assert.Equal(1, file.Posts[0].MaximumMemberships);
        Assert.Equal("term/14", file.Memberships[0].LegislativePeriodId);
        Assert.Equal(1, file.NotHeld["persons[].images"]);
        Assert.Equal(500, file.Organizations[0].Seats);
        Assert.Equal(1, file.NotHeld["organizations[].type"]);
        Assert.Equal(1, file.NotHeld["meta"]);
    }

    [Fact]
    public void Persons_are_added_other_memberships_kept_as_affiliations_and_broken_ones_refused_with_codes()
    {
        var dataset = DefaultDataset.Load(Today);
        var import = ImportFixture(dataset);
        Assert.Equal([PersonId.Parse("a7d1c1e2-0001"), PersonId.Parse("a7d1c1e2-0002")], import.PersonsAdded);
        var person = import.Dataset.People.Find(PersonId.Parse("a7d1c1e2-0001"))!;
        Assert.Equal(("Nguyễn Văn Ví Dụ", "Nguyen Van Vi Du", "https://example.org/source"), (person.Name, person.AsciiName, person.Source));
        Assert.Equal(["en", "ru", "zh", "fr"], person.OtherNames.Select(n => n.Language));
        Assert.Equal((new PartialDate(1990), new PartialDate(2001, 6)), (person.OtherNames[3].From!.Value, person.OtherNames[3].To!.Value));
        Assert.Equal(new PersonIdentifier("Q00000001", "wikidata"), Assert.Single(person.Identifiers));
        Assert.Equal(new PersonLink("https://vi.wikipedia.org/wiki/Nguyễn_Văn_Ví_Dụ", "Wikipedia (vi)"), Assert.Single(person.Links));
        Assert.Equal(new PartialDate(1956), person.BirthDate);
        Assert.Equal((new PartialDate(1970, 5), new PartialDate(2020, 1, 31)), (import.Dataset.People.Find(PersonId.Parse("a7d1c1e2-0002"))!.BirthDate!.Value, import.Dataset.People.Find(PersonId.Parse("a7d1c1e2-0002"))!.DeathDate!.Value));
        Assert.Null(dataset.People.Find(person.Id));

        Assert.Equal(2, import.Affiliations.Count);
        var member = import.Affiliations[0].Affiliation;
        Assert.Equal(("Example Assembly", "legislature", "member", "Example Party"), (member.Organization, member.Classification, member.Role, member.OnBehalfOf));
        Assert.Equal((new PartialDate(2016, 7), new PartialDate(2021, 7)), (member.From!.Value, member.To!.Value));
        Assert.Equal(("Speaker of the Assembly", "$.memberships[1]"), (import.Affiliations[1].Affiliation.Post, import.Affiliations[1].Path));

        Assert.Equal(
            [
                (RuleCodes.PostMaxHolders, "$.memberships[2]"),
                (PopoloRules.MembershipDates, "$.memberships[3].start_date"),
                (PopoloRules.MembershipDates, "$.memberships[4].end_date"),
            ],
            import.Violations.Select(v => (v.Code, v.Path)));
        Assert.Equal(1, import.NotImported.Single().Value);
    }

    [Fact]
    public void Importing_the_export_into_the_same_dataset_finds_every_person_and_tenure()
    {
        var dataset = DefaultDataset.Load(Today);
        using var stream = new MemoryStream();
        var export = PopoloJson.Write(dataset, stream);
        stream.Position = 0;
        var import = PopoloImporter.Import(dataset, stream, Today);
        Assert.Empty(import.Violations);
        Assert.Same(dataset, import.Dataset);
        Assert.Empty(import.PersonsAdded);
        Assert.Equal(export.Persons, import.PersonsHeld.Count);
        Assert.Equal(export.Memberships, import.MembershipsMatched);
        Assert.Empty(import.Affiliations);
    }

    [Fact]
    public void Importing_the_export_into_an_empty_dataset_gives_back_the_persons()
    {
        var source = DefaultDataset.Load(Today);
        using var stream = new MemoryStream();
        PopoloJson.Write(source, stream);
        stream.Position = 0;
        var import = PopoloImporter.Import(UnionDataset.Create(), stream, Today);
        Assert.Empty(import.Violations);
        var exported = source.LeadershipOf(UnionId.Parse("vufo")).Tenures.Select(t => t.Person)
            .Concat(source.Unions.SelectMany(u => source.LeadershipOf(u.Id).Tenures).Select(t => t.Person)).Distinct().ToArray();
        Assert.Equal(exported.Order(), import.PersonsAdded.Order());
        foreach (var id in exported)
        {
            var before = source.People.Find(id)!;
            var after = import.Dataset.People.Find(id)!;
            Assert.Equal((before.Name, before.AsciiName, before.Note), (after.Name, after.AsciiName, after.Note));
        }
    }

    [Theory]
    [InlineData("", PopoloRules.Json)]
    [InlineData("[]", PopoloRules.Json)]
    [InlineData("{\"persons\": {}}", PopoloRules.Json)]
    [InlineData("{\"persons\": [1, {\"id\": \"p\"}, {\"id\": 5, \"name\": \"x\"}]}", PopoloRules.Json)]
    [InlineData("{\"persons\": [{\"id\": \"p\", \"name\": \"P\", \"birth_date\": \"2012-13-45\"}]}", PopoloRules.Date)]
    [InlineData("{\"memberships\": [{\"person_id\": \"nobody\"}]}", RuleCodes.PersonExists)]
    [InlineData("{\"persons\": [{\"id\": \"p\", \"name\": \"A\"}, {\"id\": \"p\", \"name\": \"B\"}]}", RuleCodes.PersonUniqueId)]
    [InlineData("{\"persons\": [{\"id\": \"p\", \"name\": \"A\", \"birth_date\": \"1990\", \"death_date\": \"1989-12\"}]}", RuleCodes.PersonLifetime)]
    public void Bad_content_is_a_violation_with_a_path_never_an_exception(string json, string code)
    {
        var dataset = DefaultDataset.Load(Today);
        var import = PopoloImporter.Import(dataset, new MemoryStream(Encoding.UTF8.GetBytes(json)), Today);
        Assert.Contains(import.Violations, v => v.Code == code && v.Path.StartsWith('$'));
    }

    [Fact]
    public void A_person_the_core_refuses_is_left_out_and_the_others_are_added()
    {
        const string Json = """
            {"persons": [
              {"id": "good", "name": "Người Tốt", "birth_date": "1950"},
              {"id": "dead-before-born", "name": "Người Sai", "birth_date": "1990", "death_date": "1989-12"}
            ]}
            """;
        var import = PopoloImporter.Import(UnionDataset.Create(), new MemoryStream(Encoding.UTF8.GetBytes(Json)), Today);
        Assert.Equal([PersonId.Parse("good")], import.PersonsAdded);
        var violation = Assert.Single(import.Violations);
        Assert.Equal((RuleCodes.PersonLifetime, "$.persons[1] (people[0].deathDate)"), (violation.Code, violation.Path));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_inside_a_string_are_refused_with_their_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"persons\": [{\"id\": \"p\", \"name\": \"Ab\"}]}");
        var at = Array.IndexOf(bytes, (byte)'b');
        bytes[at] = 0xA4;
        var import = PopoloImporter.Import(DefaultDataset.Load(Today), new MemoryStream(bytes), Today);
        Assert.False(import.File.IsReadable);
        var violation = Assert.Single(import.Violations);
        Assert.Equal((PopoloRules.Json, "$"), (violation.Code, violation.Path));
        Assert.Contains($"offset {at}", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_to_ten_thousand_levels_is_refused_without_a_stack_overflow()
    {
        var json = "{\"persons\": [" + new string('[', 10_000) + new string(']', 10_000) + "]}";
        var file = PopoloJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.False(file.IsReadable);
        Assert.Equal(PopoloRules.Json, Assert.Single(file.Violations).Code);
    }

    [Fact]
    public void A_file_beyond_the_size_limit_is_refused_without_reading_on()
    {
        var stream = new SpaceStream(PopoloJson.MaxDocumentBytes + 1L);
        var file = PopoloJson.Read(stream);
        Assert.False(file.IsReadable);
        Assert.Equal(PopoloRules.Limit, Assert.Single(file.Violations).Code);
        Assert.True(stream.Position <= PopoloJson.MaxDocumentBytes + 81920L);
    }

    /// <summary>The fixture cut, with bytes flipped or members retyped: the import always returns.</summary>
    [Property(MaxTest = 300)]
    public Property Any_damage_gives_a_result() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            seed =>
            {
                var random = new Random(seed);
                var bytes = File.ReadAllBytes(Fixture("everypolitician-like.json"));
                var text = Encoding.UTF8.GetString(bytes);
                var damaged = random.Next(4) switch
                {
                    0 => bytes[..random.Next(bytes.Length)],
                    1 => bytes.Select(b => random.Next(200) == 0 ? (byte)random.Next(256) : b).ToArray(),
                    2 => Encoding.UTF8.GetBytes(text.Replace("\"1956\"", "1956", StringComparison.Ordinal).Replace("[{\"identifier\"", "{\"x\": [{\"identifier\"", StringComparison.Ordinal)),
                    _ => Encoding.UTF8.GetBytes(text.Replace("\"start_date\": \"2016-07\"", "\"start_date\": null", StringComparison.Ordinal).Replace("\"name\": \"Example Assembly\"", "\"name\": [\"Example\"]", StringComparison.Ordinal)),
                };
                var import = PopoloImporter.Import(DefaultDataset.Load(Today), new MemoryStream(damaged), Today);
                return import.File.IsReadable || (import.PersonsAdded.Count == 0 && import.Violations.Count > 0);
            });

    // A stream of spaces of any length that holds nothing in memory.
    private sealed class SpaceStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
