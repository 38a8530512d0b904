using System.Globalization;
using FriendshipUnion.Domain.Popolo;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>The import-popolo command: reads a Popolo file into the dataset and prints what it found.</summary>
internal static class PopoloImportReport
{
    public static int Run(UnionDataset dataset, string path, string? output)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException(F("{0} is a directory, not a Popolo file", path));
        }

        if (!File.Exists(path))
        {
            throw new UsageException(F("Popolo file not found: {0}", path));
        }

        PopoloImport import;
        using (var stream = File.OpenRead(path))
        {
            import = PopoloImporter.Import(dataset, stream, VietnamTime.Today(SystemClock.Instance));
        }

        if (!import.File.IsReadable)
        {
            throw new UsageException(import.Violations[0].DescribeIn(Culture));
        }

        var file = import.File;
        var console = Console.Out;
        console.WriteLine(F("Popolo import of {0}", Printable.Escape(path, 200)));
        console.WriteLine(F("Read: {0} persons ({1} other names in {2} languages), {3} organizations, {4} posts, {5} memberships, {6} events", file.Persons.Count, file.Persons.Sum(p => p.OtherNames.Count), file.Persons.SelectMany(p => p.OtherNames).Select(n => n.Language).OfType<string>().Distinct().Count(), file.Organizations.Count, file.Posts.Count, file.Memberships.Count, file.Events.Count));
        console.WriteLine(F("Persons: {0} added, {1} already held", import.PersonsAdded.Count, import.PersonsHeld.Count));
        var established = import.UnionsEstablished.Select(id => import.Dataset.Find(id)!).ToArray();
        console.WriteLine(F("Organizations: {0} unions established ({1} congresses, {2} bodies)", established.Length, established.Sum(u => u.Terms.Count), established.Sum(u => import.Dataset.LeadershipOf(u.Id).Bodies.Count)) + (established.Length == 0 ? string.Empty : ": " + string.Join(", ", established.Select(u => u.Id))));
        console.WriteLine(F("Memberships: {0} imported as tenures, {1} match a recorded tenure, {2} kept as other affiliations", import.TenuresImported, import.MembershipsMatched, import.Affiliations.Count));
        foreach (var (person, affiliation) in import.Affiliations.Take(20))
        {
            var name = import.Dataset.People.NameOf(person);
            var span = $"{(affiliation.From is { } from ? D(from) : "?")}–{(affiliation.To is { } to ? D(to) : string.Empty)}";
            console.WriteLine($"  {Printable.Escape(name, 80)}: {Printable.Escape(affiliation.Role ?? affiliation.Post ?? T("member"), 60)}, {Printable.Escape(affiliation.Organization, 80)}{(affiliation.OnBehalfOf is { } party ? $" ({Printable.Escape(party, 60)})" : string.Empty)}, {span}");
        }

        if (import.Affiliations.Count > 20)
        {
            console.WriteLine("  " + F("... and {0} more", import.Affiliations.Count - 20));
        }

        Section(console, T("Refused"), import.Violations.Select(v => Printable.Escape(v.DescribeIn(Culture), 300)).ToArray());
        Section(console, T("Read but not imported"), import.NotImported.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value,5}  {kv.Key}")).ToArray());
        Section(console, T("In the file but not held by the model (property: count)"), import.NotHeld.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value,5}  {Printable.Escape(kv.Key, 100)}")).ToArray());
        if (output is not null)
        {
            using var stream = File.Create(output);
            DatasetJson.Write(import.Dataset, stream);
            console.WriteLine(F("Wrote the dataset to {0}", output));
        }

        return 0;
    }

    private static void Section(TextWriter console, string title, string[] lines)
    {
        if (lines.Length == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine($"{title} ({lines.Length}):");
        foreach (var line in lines)
        {
            console.WriteLine("  " + line);
        }
    }
}
