using System.CommandLine;
using NodaTime.Text;
using static FriendshipUnion.Samples.Localizer;

namespace TermTracker;

/// <summary>Tracks the terms of the Unions of Friendship Organizations: which term is in force, how far it has run
/// and whether the next congress is due. Every command prints in English or Vietnamese (<c>--lang vi|en</c>).</summary>
internal static class Program
{
    private const string PostNames = "president, permanent-vice-president, vice-president, vice-president-general-secretary, acting-president, "
        + "executive-committee-member, standing-committee-member, inspection-committee-member, presidium-member";

    private static int Main(string[] args) => Failure.Guard("TermTracker", () =>
    {
        Localizer.Use(Cli.ChooseLanguage(args), typeof(Program).Assembly);
        return Cli.Run("TermTracker", Commands.Build(), args);
    });

    /// <summary>The command tree: the options every command takes, and one action per command.</summary>
    private static class Commands
    {
        private static readonly Option<string> AsOf = new("--as-of") { HelpName = "YYYY-MM-DD", Recursive = true };
        private static readonly Option<string> Union = new("--union") { HelpName = "ID", Recursive = true };
        private static readonly Option<string> Post = new("--post") { HelpName = "POST", Recursive = true };
        private static readonly Option<string> Data = new("--data") { HelpName = "PATH", Recursive = true };
        private static readonly Option<string> Out = new("--out") { HelpName = "FILE" };
        private static readonly Option<bool> Empty = new("--empty");

        internal static RootCommand Build()
        {
            AsOf.Description = T("the day to look at (default: today in Vietnam)");
            Union.Description = T("one union, by its id (vufo, nghe-an, an-giang, kien-giang)");
            Post.Description = T("a post, such as president or permanent-vice-president");
            Data.Description = T("a dataset file to read instead of the embedded record");
            Out.Description = T("the file to write");
            Empty.Description = T("import into an empty dataset instead of the embedded record");
            var root = new RootCommand(T("TermTracker: the terms, congresses, leaders, documents and rules of the Unions of Friendship Organizations, from the embedded record or a dataset file."));
            foreach (var option in new Option[] { AsOf, Union, Post, Data, Cli.LangOption() })
            {
                root.Options.Add(option);
            }

            root.SetAction(r => Run(r, "terms", null));
            Add(root, "terms", T("the terms in force on a day, how far each has run, and whether the next congress is due (the default)"));
            Add(root, "roster", T("the bodies and posts of each union's term on a day"));
            Add(root, "history", T("everyone who held a post (--post), in order"));
            Add(root, "person", T("a person's record, by name or id"), "NAME");
            Add(root, "union", T("a union's record: names, founding claims with their sources, provinces over time, congresses, end"), "ID");
            Add(root, "directives", T("the documents each union is implementing on a day"));
            Add(root, "documents", T("the documents of the registry in force on a day"));
            Add(root, "symbol", T("what a document symbol says, such as 12-CT/TW"), "TEXT");
            Add(root, "rules", T("every rule in force on a day, with its source and how far it was checked"));
            Add(root, "quickstart", T("run the README's code example"));
            Add(root, "export-popolo", T("write the dataset (or one union) as Popolo JSON (--out)"), null, Out);
            Add(root, "import-popolo", T("read a Popolo JSON file into the dataset and report what it held"), "FILE", Out, Empty);
            return root;
        }

        private static void Add(RootCommand root, string name, string description, string? argument = null, params Option[] options)
        {
            var command = new Command(name, description);
            var value = argument is null ? null : new Argument<string>(argument) { Arity = ArgumentArity.ZeroOrOne, Description = T(argument switch
            {
                "NAME" => "a person's name or id",
                "ID" => "a union's id",
                "TEXT" => "a document symbol",
                _ => "a Popolo JSON file",
            }) };
            if (value is not null)
            {
                command.Arguments.Add(value);
            }

            foreach (var option in options)
            {
                command.Options.Add(option);
            }

            command.SetAction(r => Run(r, name, value is null ? null : r.GetValue(value)));
            root.Subcommands.Add(command);
        }

        private static int Run(ParseResult r, string command, string? name)
        {
            var options = new Options(command, ParseDate(r.GetValue(AsOf)), r.GetValue(Union), r.GetValue(Data), r.GetValue(Post) is { } post ? ParsePost(post) : null, name, r.GetValue(Out), r.GetValue(Empty));
            return Program.Run(options);
        }

        private static LocalDate? ParseDate(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? parsed.Value : throw new UsageException(F("--as-of: '{0}' is not a date (use YYYY-MM-DD)", text));
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

            throw new UsageException(F("--post: '{0}' is not a post (one of: {1})", text, PostNames));
        }
    }

    private static int Run(Options options)
    {
        if (options.Command == "quickstart")
        {
            QuickStart.Run(Console.Out);
            return 0;
        }

        if (options.Command == "symbol")
        {
            var text = options.Name ?? throw new UsageException(T("symbol needs the text of a document symbol, such as \"12-CT/TW\""));
            var parsed = FriendshipUnion.Domain.Documents.DocumentSymbol.Parse(text.AsSpan());
            if (!parsed.Success)
            {
                throw new UsageException(F("'{0}' is not a document symbol: {1}", text, parsed.Error));
            }

            SymbolReport.Write(Console.Out, parsed.Value);
            return 0;
        }

        var today = options.AsOf ?? VietnamTime.Today(SystemClock.Instance);
        if (options.Command == "rules")
        {
            var scope = options.Union is { } text ? UnionId.TryParse(text, out var id) ? id : throw new UsageException(F("'{0}' is not a union id", text)) : (UnionId?)null;
            LeadershipReport.WriteRules(Console.Out, RuleCatalog.Default, today, scope);
            return 0;
        }

        if (options.Command == "import-popolo" && options.Name is null)
        {
            throw new UsageException(T("import-popolo needs a FILE; usage: TermTracker import-popolo FILE [--out PATH] [--data PATH | --empty]"));
        }

        if (options.Command == "export-popolo" && options.OutPath is null)
        {
            throw new UsageException(T("export-popolo needs --out FILE; usage: TermTracker export-popolo [--union ID] --out FILE [--data PATH]"));
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

                Console.Out.WriteLine(F("Wrote Popolo JSON to {0}: {1} persons, {2} organizations, {3} posts, {4} memberships, {5} events", options.OutPath, written.Persons, written.Organizations, written.Posts, written.Memberships, written.Events));
                break;
            case "roster":
                foreach (var union in unions)
                {
                    LeadershipReport.WriteRoster(Console.Out, union, dataset.LeadershipOf(union.Id), dataset.People, today);
                }

                break;
            case "history":
                var office = options.Post ?? throw new UsageException(F("history needs --post, one of: {0}", PostNames));
                foreach (var union in unions)
                {
                    LeadershipReport.WriteHistory(Console.Out, union, dataset.LeadershipOf(union.Id), dataset.People, office);
                }

                break;
            case "person":
                var name = options.Name ?? throw new UsageException(T("person needs a name or id, such as \"Hoang Nghia Hieu\""));
                var found = PersonId.TryParse(name, out var personId) && dataset.People.Find(personId) is { } byId ? [byId] : dataset.People.FindByName(name);
                if (found.Count == 0)
                {
                    throw new UsageException(F("nobody named '{0}' is in the data", name));
                }

                foreach (var person in found)
                {
                    LeadershipReport.WritePerson(Console.Out, dataset, person);
                }

                break;
            case "union":
                UnionReport.Write(Console.Out, dataset, Select(dataset, options.Name ?? throw new UsageException(T("union needs an id, such as nghe-an")))[0], today);
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
            throw new UsageException(F("{0} is a directory, not a data file", path));
        }

        if (!File.Exists(path))
        {
            throw new UsageException(F("data file not found: {0}", path));
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
            throw new UsageException(F("unknown union '{0}' (known: {1})", id, known));
        }

        return [union];
    }

    private sealed record Options(string Command, LocalDate? AsOf, string? Union, string? DataPath, Office? Post, string? Name, string? OutPath = null, bool Empty = false);
}
