using NodaTime.Text;

namespace TermTracker;

/// <summary>Tracks the terms of the Unions of Friendship Organizations: which term is in force, how far it has run
/// and whether the next congress is due.</summary>
internal static class Program
{
    private const string Usage = "usage: TermTracker [terms|roster|history|person NAME|union ID|directives|documents|symbol TEXT|rules|quickstart] [--as-of YYYY-MM-DD] [--union ID] [--post POST] [--data PATH] | TermTracker export-popolo [--union ID] --out FILE [--data PATH] | TermTracker import-popolo FILE [--out PATH] [--data PATH | --empty]";

    private const string PostNames = "president, permanent-vice-president, vice-president, vice-president-general-secretary, acting-president, "
        + "executive-committee-member, standing-committee-member, inspection-committee-member, presidium-member";

    private static int Main(string[] args) => FriendshipUnion.Samples.Failure.Guard("TermTracker", () => Run(args));

    private static int Run(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Command == "quickstart")
        {
            QuickStart.Run(Console.Out);
            return 0;
        }

        if (options.Command == "symbol")
        {
            var text = options.Name ?? throw new UsageException("symbol needs the text of a document symbol, such as \"12-CT/TW\"");
            var parsed = FriendshipUnion.Domain.Documents.DocumentSymbol.Parse(text.AsSpan());
            if (!parsed.Success)
            {
                throw new UsageException($"'{text}' is not a document symbol: {parsed.Error}");
            }

            SymbolReport.Write(Console.Out, parsed.Value);
            return 0;
        }

        var today = options.AsOf ?? VietnamTime.Today(SystemClock.Instance);
        if (options.Command == "rules")
        {
            var scope = options.Union is { } text ? UnionId.TryParse(text, out var id) ? id : throw new UsageException($"'{text}' is not a union id") : (UnionId?)null;
            LeadershipReport.WriteRules(Console.Out, RuleCatalog.Default, today, scope);
            return 0;
        }

        var dataset = Load(options.DataPath, VietnamTime.Today(SystemClock.Instance));
        var unions = Select(dataset, options.Union);
        switch (options.Command)
        {
            case "import-popolo":
                return PopoloImportReport.Run(options.Empty ? UnionDataset.Create() : dataset, options.Name!, options.OutPath);
            case "export-popolo":
                FriendshipUnion.Domain.Popolo.PopoloExport written;
                using (var stream = File.Create(options.OutPath!))
                {
                    written = FriendshipUnion.Domain.Popolo.PopoloJson.Write(dataset, stream, options.Union is null ? null : unions[0].Id);
                }

                Console.Out.WriteLine($"Wrote Popolo JSON to {options.OutPath}: {written.Persons} persons, {written.Organizations} organizations, {written.Posts} posts, {written.Memberships} memberships, {written.Events} events");
                break;
            case "roster":
                foreach (var union in unions)
                {
                    LeadershipReport.WriteRoster(Console.Out, union, dataset.LeadershipOf(union.Id), dataset.People, today);
                }

                break;
            case "history":
                var office = options.Post ?? throw new UsageException($"history needs --post, one of: {PostNames}");
                foreach (var union in unions)
                {
                    LeadershipReport.WriteHistory(Console.Out, union, dataset.LeadershipOf(union.Id), dataset.People, office);
                }

                break;
            case "person":
                var name = options.Name ?? throw new UsageException("person needs a name or id, such as \"Hoang Nghia Hieu\"");
                var found = PersonId.TryParse(name, out var personId) && dataset.People.Find(personId) is { } byId ? [byId] : dataset.People.FindByName(name);
                if (found.Count == 0)
                {
                    throw new UsageException($"nobody named '{name}' is in the data");
                }

                foreach (var person in found)
                {
                    LeadershipReport.WritePerson(Console.Out, dataset, person);
                }

                break;
            case "union":
                UnionReport.Write(Console.Out, dataset, Select(dataset, options.Name ?? throw new UsageException("union needs an id, such as nghe-an"))[0], today);
                break;
            case "directives":
                foreach (var union in unions)
                {
                    DirectivesReport.WriteImplementation(Console.Out, union, dataset.WorkOf(union.Id), today);
                }

                break;
            case "documents":
                DirectivesReport.WriteInForce(Console.Out, dataset.Documents, today);
                break;
            default:
                TermTable.Write(Console.Out, dataset, unions, today, options.AsOf is null);
                break;
        }

        return 0;
    }

    private static UnionDataset Load(string? path, LocalDate today)
    {
        if (path is null)
        {
            return DefaultDataset.Load(today);
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{path} is a directory, not a data file");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"data file not found: {path}");
        }

        using var stream = File.OpenRead(path);
        return DatasetJson.Read(stream, today);
    }

    private static IReadOnlyList<Union> Select(UnionDataset dataset, string? id)
    {
        if (id is null)
        {
            return dataset.Unions;
        }

        if (!UnionId.TryParse(id, out var unionId) || dataset.Find(unionId) is not { } union)
        {
            var known = string.Join(", ", dataset.Unions.Select(u => u.Id.Value));
            throw new UsageException($"unknown union '{id}' (known: {known})");
        }

        return [union];
    }

    private sealed record Options(string Command, LocalDate? AsOf, string? Union, string? DataPath, Office? Post, string? Name, string? OutPath = null, bool Empty = false)
    {
        internal static Options Parse(string[] args)
        {
            var command = "terms";
            LocalDate? asOf = null;
            Office? post = null;
            string? union = null, data = null, name = null, output = null;
            var empty = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--as-of":
                        var text = Value(args, ref i);
                        var parsed = LocalDatePattern.Iso.Parse(text);
                        asOf = parsed.Success ? parsed.Value : throw new UsageException($"--as-of: '{text}' is not a date (use YYYY-MM-DD)");
                        break;
                    case "--union":
                        union = Value(args, ref i);
                        break;
                    case "--data":
                        data = Value(args, ref i);
                        break;
                    case "--post":
                        post = ParsePost(Value(args, ref i));
                        break;
                    case "--empty" when command is "import-popolo":
                        empty = true;
                        break;
                    case "--out" when command is "export-popolo" or "import-popolo":
                        output = Value(args, ref i);
                        break;
                    case "terms" or "roster" or "history" or "person" or "union" or "directives" or "documents" or "symbol" or "rules" or "quickstart" or "export-popolo" or "import-popolo" when i == 0:
                        command = args[i];
                        break;
                    case var word when command is "person" or "union" or "symbol" or "import-popolo" && name is null && !word.StartsWith("--", StringComparison.Ordinal):
                        name = word;
                        break;
                    case "--help" or "-h":
                        throw new UsageException(Usage);
                    default:
                        throw new UsageException($"unknown argument '{args[i]}'; {Usage}");
                }
            }

            if (command == "import-popolo" && name is null)
            {
                throw new UsageException("import-popolo needs a FILE; usage: TermTracker import-popolo FILE [--out PATH] [--data PATH | --empty]");
            }

            return command == "export-popolo" && output is null
                ? throw new UsageException("export-popolo needs --out FILE; usage: TermTracker export-popolo [--union ID] --out FILE [--data PATH]")
                : new Options(command, asOf, union, data, post, name, output, empty);
        }

        // "vice-president" → VicePresident: the kebab-case of an office's name.
        private static Office ParsePost(string text)
        {
            foreach (var office in Offices.All)
            {
                var kebab = string.Concat(office.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
                if (kebab == text)
                {
                    return office;
                }
            }

            throw new UsageException($"--post: '{text}' is not a post (one of: {PostNames})");
        }

        private static string Value(string[] args, ref int i)
        {
            var name = args[i];
            return ++i < args.Length ? args[i] : throw new UsageException($"{name} needs a value; {Usage}");
        }
    }
}

#pragma warning disable CA1064 // The exception never leaves the program.
/// <summary>A wrong argument or file: reported as one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
#pragma warning restore CA1064
