using System.Globalization;
using FriendshipUnion.Domain.Popolo;

namespace TermTracker;

/// <summary>The import-popolo command: reads a Popolo file into the dataset and prints what it found.</summary>
internal static class PopoloImportReport
{
    public static int Run(UnionDataset dataset, string path, string? output)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{path} is a directory, not a Popolo file");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"Popolo file not found: {path}");
        }

        PopoloImport import;
        using (var stream = File.OpenRead(path))
        {
            import = PopoloImporter.Import(dataset, stream, VietnamTime.Today(SystemClock.Instance));
        }

        if (!import.File.IsReadable)
        {
            throw new UsageException(import.Violations[0].ToString());
        }

        var file = import.File;
        var console = Console.Out;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Popolo import of {Printable.Escape(path, 200)}"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read: {file.Persons.Count} persons ({file.Persons.Sum(p => p.OtherNames.Count)} other names in {file.Persons.SelectMany(p => p.OtherNames).Select(n => n.Language).OfType<string>().Distinct().Count()} languages), {file.Organizations.Count} organizations, {file.Posts.Count} posts, {file.Memberships.Count} memberships, {file.Events.Count} events"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Persons: {import.PersonsAdded.Count} added, {import.PersonsHeld.Count} already held"));
        var established = import.UnionsEstablished.Select(id => import.Dataset.Find(id)!).ToArray();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Organizations: {established.Length} unions established ({established.Sum(u => u.Terms.Count)} congresses, {established.Sum(u => import.Dataset.LeadershipOf(u.Id).Bodies.Count)} bodies){(established.Length == 0 ? string.Empty : ": " + string.Join(", ", established.Select(u => u.Id)))}"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Memberships: {import.TenuresImported} imported as tenures, {import.MembershipsMatched} match a recorded tenure, {import.Affiliations.Count} kept as other affiliations"));
        foreach (var (person, affiliation) in import.Affiliations.Take(20))
        {
            var name = import.Dataset.People.NameOf(person);
            var span = $"{affiliation.From?.ToString() ?? "?"}–{affiliation.To?.ToString() ?? string.Empty}";
            console.WriteLine($"  {Printable.Escape(name, 80)}: {Printable.Escape(affiliation.Role ?? affiliation.Post ?? "member", 60)}, {Printable.Escape(affiliation.Organization, 80)}{(affiliation.OnBehalfOf is { } party ? $" ({Printable.Escape(party, 60)})" : string.Empty)}, {span}");
        }

        if (import.Affiliations.Count > 20)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {import.Affiliations.Count - 20} more"));
        }

        Section(console, "Refused", import.Violations.Select(v => Printable.Escape(v.ToString(), 300)).ToArray());
        Section(console, "Read but not imported", import.NotImported.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value,5}  {kv.Key}")).ToArray());
        Section(console, "In the file but not held by the model (property: count)", import.NotHeld.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value,5}  {Printable.Escape(kv.Key, 100)}")).ToArray());
        if (output is not null)
        {
            using var stream = File.Create(output);
            DatasetJson.Write(import.Dataset, stream);
            console.WriteLine($"Wrote the dataset to {output}");
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
