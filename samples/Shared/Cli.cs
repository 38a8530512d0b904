using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;
using static FriendshipUnion.Samples.Localizer;

namespace FriendshipUnion.Samples;

/// <summary>
/// The command-line plumbing the samples share, on System.CommandLine: the <c>--lang vi|en</c> option, help in the chosen
/// language, and every parse error as one line on stderr with exit code 2 (<see cref="Failure"/>). Response files
/// (<c>@file</c>) are not expanded: an argument is taken as typed.
/// </summary>
internal static class Cli
{
    /// <summary>Chooses the language of the output before the command line is parsed (its texts depend on it):
    /// <c>--lang vi|en</c> (or <c>--lang=vi</c>), else the environment's culture when it is Vietnamese, else English.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The culture.</returns>
    /// <exception cref="UsageException">The language is neither <c>vi</c> nor <c>en</c>.</exception>
    internal static CultureInfo ChooseLanguage(string[] args)
    {
        string? chosen = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang")
            {
                chosen = i + 1 < args.Length ? args[i + 1] : string.Empty;
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                chosen = args[i]["--lang=".Length..];
            }
        }

        return chosen switch
        {
            null => CultureInfo.GetCultureInfo(FriendshipUnion.Domain.Kernel.DomainText.IsVietnamese(CultureInfo.CurrentUICulture) ? "vi" : "en"),
            "vi" or "vi-VN" => CultureInfo.GetCultureInfo("vi"),
            "en" => CultureInfo.GetCultureInfo("en"),
            _ => throw new UsageException(F("--lang: '{0}' is not a language of the samples (use vi or en)", chosen)),
        };
    }

    /// <summary>The <c>--lang</c> option, for help and parsing (its value was read by <see cref="ChooseLanguage"/>).</summary>
    /// <returns>The option, recursive.</returns>
    internal static Option<string> LangOption() => new("--lang")
    {
        Description = T("the language of the output: vi (Vietnamese) or en (English); by default the environment's culture, English otherwise"),
        HelpName = "vi|en",
        Recursive = true,
    };

    /// <summary>Parses the arguments and runs the command they name: help in the chosen language for <c>--help</c>;
    /// one line and exit code 2 for a parse error.</summary>
    /// <param name="program">The sample's name.</param>
    /// <param name="root">The root command.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="UsageException">The arguments do not parse.</exception>
    internal static int Run(string program, RootCommand root, string[] args)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = T("show this help");
            help.Action = new LocalizedHelp(program);
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = T("show the version");
        }

        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is not LocalizedHelp && result.Errors.Count > 0)
        {
            throw new UsageException(Translate(result.Errors[0].Message).TrimEnd('.') + "; " + F("see {0} --help", program));
        }

        return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    // System.CommandLine's own messages (English only), through the sample's texts where the output is Vietnamese.
    private static string Translate(string message)
    {
        if (!Vietnamese)
        {
            return message;
        }

        var quoted = message.IndexOf('\'', StringComparison.Ordinal) is var start and >= 0 && message.IndexOf('\'', start + 1) is var end and > 0
            ? message[start..(end + 1)]
            : null;
        return message switch
        {
            _ when message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) => F("unrecognized command or argument: {0}", quoted),
            _ when message.StartsWith("Required argument missing", StringComparison.Ordinal) => F("a required argument is missing for {0}", quoted),
            _ when message.Contains("expects a single argument", StringComparison.Ordinal) || message.StartsWith("Required argument", StringComparison.Ordinal) => F("{0} needs a value", quoted),
            _ => message,
        };
    }

    // Help written from the command tree, with the headings and descriptions in the chosen language.
    private sealed class LocalizedHelp(string program) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            var path = command is RootCommand ? program : program + " " + command.Name;
            var text = new StringBuilder();
            text.AppendLine(command.Description).AppendLine();
            var arguments = string.Concat(command.Arguments.Select(a => " <" + a.Name + ">" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)));
            text.AppendLine(T("Usage:")).AppendLine("  " + path + (command.Subcommands.Count > 0 ? " [" + T("command") + "]" : string.Empty) + arguments + " [" + T("options") + "]").AppendLine();
            if (command.Arguments.Count > 0)
            {
                text.AppendLine(T("Arguments:"));
                Table(text, command.Arguments.Select(a => ("<" + a.Name + ">", a.Description ?? string.Empty)));
            }

            if (command.Subcommands.Count > 0)
            {
                text.AppendLine(T("Commands:"));
                Table(text, command.Subcommands.Select(c => (c.Name + string.Concat(c.Arguments.Select(a => " <" + a.Name + ">")), c.Description ?? string.Empty)));
            }

            var options = command.Options.Concat(Ancestors(parseResult).SelectMany(c => c.Options).Where(o => o.Recursive)).Where(o => !o.Hidden).Distinct();
            text.AppendLine(T("Options:"));
            Table(text, options.Select(o => (string.Join(", ", o.Aliases.Order().Append(o.Name)) + (o.HelpName is { } value ? $" <{value}>" : string.Empty), o.Description ?? string.Empty)));
            parseResult.InvocationConfiguration.Output.Write(text.ToString());
            return 0;
        }

        private static IEnumerable<Command> Ancestors(ParseResult parseResult)
        {
            for (var result = parseResult.CommandResult.Parent; result is not null; result = result.Parent)
            {
                if (result is System.CommandLine.Parsing.CommandResult command)
                {
                    yield return command.Command;
                }
            }
        }

        private static void Table(StringBuilder text, IEnumerable<(string Name, string Description)> rows)
        {
            var list = rows.ToList();
            var width = list.Count == 0 ? 0 : list.Max(r => r.Name.Length);
            foreach (var (name, description) in list)
            {
                text.AppendLine(("  " + name.PadRight(width) + "  " + description).TrimEnd());
            }

            text.AppendLine();
        }
    }
}

#pragma warning disable CA1064 // The exception never leaves the program.
/// <summary>A wrong argument or file: reported as one line with exit code 2.</summary>
/// <param name="message">What is wrong, in the chosen language.</param>
internal sealed class UsageException(string message) : Exception(message);
#pragma warning restore CA1064
