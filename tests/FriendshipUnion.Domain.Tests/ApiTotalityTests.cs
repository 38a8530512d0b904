using System.Collections;
using System.Reflection;
using System.Xml.Linq;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Serialization;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;
using Xunit.Abstractions;

namespace FriendshipUnion.Domain.Tests;

/// <summary>
/// Every public entry point is total: constructors, factories, parsers, queries and changes, called with values of
/// every kind — null, defaults, extremes, undefined enum values, dates at the ends of the calendar, and real values
/// taken from a dataset that holds every member of the format — either succeed or throw an exception their XML docs
/// declare (or a subclass of one). A change to an aggregate that is refused, by an exception or by returning false,
/// leaves the dataset exactly as it was.
/// </summary>
public sealed class ApiTotalityTests(ITestOutputHelper output)
{
    private static readonly LocalDate Today = new(2026, 11, 29);

    private static readonly Assembly Library = typeof(UnionDataset).Assembly;

    private static readonly HashSet<Type> Aggregates = [typeof(UnionDataset), typeof(Domain.Organizations.Union), typeof(Domain.Committees.Leadership), typeof(Domain.Implementation.UnionWork), typeof(Domain.Aid.AidLedger)];

    private static readonly string[] Skipped = ["Equals", "GetHashCode", "ToString", "Deconstruct", "<Clone>$", "GetType", "PrintMembers"];

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_public_member_succeeds_or_throws_what_its_docs_declare_and_a_refusal_changes_nothing()
    {
        var documented = DocumentedExceptions();
        var complete = Load();
        var withEvents = UnionDataset.Create(complete.ToDraft(), Today);
        var example = Domain.Data.DefaultDataset.LoadWithExample(Today);
        object[] roots =
        [
            complete, example, complete.ToDraft(), withEvents.DomainEvents.ToArray(), example.ReportAid(new Domain.Aid.AidReportQuery(Domain.Currencies.Currency.Usd)),
            Domain.Rules.RuleCatalog.Default, Domain.Documents.SymbolVocabulary.Default, Domain.Currencies.CurrencyTable.Default,
            .. complete.Unions.Concat(example.Unions).SelectMany(u => new object[] { complete.Find(u.Id) is null ? example.LeadershipOf(u.Id) : complete.LeadershipOf(u.Id), complete.Find(u.Id) is null ? example.WorkOf(u.Id) : complete.WorkOf(u.Id) }),
        ];
        var samples = Samples.Harvest(roots);
        var failures = new List<string>();
        var random = new Random(20261129);
        var called = 0;
        var skipped = new List<string>();
        foreach (var member in Members())
        {
            var parameters = member.GetParameters();
            if (!parameters.All(p => samples.Has(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) || p.IsOut)
                || (member is MethodInfo { IsStatic: false } instance && !Aggregates.Contains(instance.DeclaringType!) && !samples.Has(instance.DeclaringType!)))
            {
                skipped.Add(DocId(member));
                continue;
            }

            var declared = documented.GetValueOrDefault(DocId(member), []);
            for (var attempt = 0; attempt < 25; attempt++)
            {
                var args = parameters.Select(p => p.IsOut ? null : samples.Pick(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, random)).ToArray();
                UnionDataset? dataset = null;
                object? target = null;
                if (member is MethodInfo { IsStatic: false } method)
                {
                    if (Aggregates.Contains(method.DeclaringType!))
                    {
                        dataset = Load();
                        target = AggregateOf(dataset, method.DeclaringType!);
                    }
                    else if (!samples.Has(method.DeclaringType!))
                    {
                        break;
                    }
                    else
                    {
                        target = samples.Pick(method.DeclaringType!, random, allowNull: false);
                    }
                }

                var before = dataset is null ? null : DatasetJson.Write(dataset);
                var eventsBefore = dataset?.DomainEvents.Count ?? 0;
                called++;
                Exception? thrown = null;
                object? result = null;
                try
                {
                    result = member is ConstructorInfo ctor ? ctor.Invoke(args) : ((MethodInfo)member).Invoke(target, args);
                }
                catch (TargetInvocationException ex)
                {
                    thrown = ex.InnerException!;
                }

                // The library takes dates in the ISO calendar; a date in another is refused with ArgumentException, as
                // the README states for every member (NodaTime refuses to compare dates of different calendars).
                var otherCalendar = args.Any(a => a is LocalDate { Calendar: var calendar } && calendar != CalendarSystem.Iso) && thrown is ArgumentException;
                if (thrown is not null && !otherCalendar && !declared.Any(d => d.IsInstanceOfType(thrown)))
                {
                    failures.Add($"{DocId(member)} threw {thrown.GetType().Name} ({thrown.Message.Split('\n')[0]}) for ({string.Join(", ", args.Select(Show))}); it declares {(declared.Count == 0 ? "nothing" : string.Join(", ", declared.Select(d => d.Name)))}");
                    break;
                }

                var refused = thrown is not null || (result is false && member.Name.StartsWith("Try", StringComparison.Ordinal));
                if (dataset is not null && refused && (DatasetJson.Write(dataset) != before || dataset.DomainEvents.Count != eventsBefore))
                {
                    failures.Add($"{DocId(member)} was refused for ({string.Join(", ", args.Select(Show))}) but changed the dataset");
                    break;
                }
            }
        }

        output.WriteLine($"{called} calls; {skipped.Count} members without sample values: {string.Join(", ", skipped)}");
        if (Environment.GetEnvironmentVariable("TOTALITY_REPORT") is { Length: > 0 } report)
        {
            File.WriteAllLines(report, failures.Distinct());
        }

        foreach (var failure in failures.Distinct().Take(100))
        {
            output.WriteLine(failure);
        }

        Assert.True(called > 5_000, $"Only {called} calls were made.");
        Assert.True(skipped.Count < 30, $"{skipped.Count} members could not be called: {string.Join(", ", skipped)}");
        Assert.Empty(failures);
    }

    private static UnionDataset Load() =>
        DatasetJson.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Documents", "complete.json")), Today);

    private static object AggregateOf(UnionDataset dataset, Type type)
    {
        var union = dataset.Unions[1];
        return type == typeof(UnionDataset) ? dataset
            : type == typeof(Domain.Organizations.Union) ? union
            : type == typeof(Domain.Committees.Leadership) ? dataset.LeadershipOf(union.Id)
            : type == typeof(Domain.Implementation.UnionWork) ? dataset.WorkOf(union.Id)
            : dataset.Aid;
    }

    private static IEnumerable<MethodBase> Members() =>
        Library.GetExportedTypes()
            .Where(t => !t.IsInterface && !t.IsEnum && !t.IsGenericTypeDefinition && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors().Where(c => !t.IsAbstract).Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName && !Skipped.Contains(m.Name))))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.IsPointer || p.ParameterType.IsByRefLike || (p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike)))
            .OrderBy(DocId, StringComparer.Ordinal);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s.Length > 20 ? $"\"{s[..20]}…\"" : $"\"{s}\"",
        IEnumerable e and not string => $"[{e.Cast<object?>().Count()} items]",
        _ => value.ToString() is { Length: > 40 } text ? text[..40] + "…" : value.ToString() ?? "?",
    };

    // The exceptions each member's XML docs declare, by documentation id; a property's declare its accessors'.
    private static Dictionary<string, List<Type>> DocumentedExceptions()
    {
        var xml = XDocument.Load(Path.ChangeExtension(Library.Location, ".xml"));
        var result = new Dictionary<string, List<Type>>(StringComparer.Ordinal);
        foreach (var member in xml.Descendants("member"))
        {
            var types = member.Elements("exception")
                .Select(e => (string?)e.Attribute("cref"))
                .Where(c => c is not null && c.StartsWith("T:", StringComparison.Ordinal))
                .Select(c => Type.GetType(c![2..]) ?? Library.GetType(c[2..]) ?? typeof(NodaTime.LocalDate).Assembly.GetType(c[2..]))
                .Where(t => t is not null)
                .Cast<Type>()
                .ToList();
            result[(string)member.Attribute("name")!] = types;
        }

        // A member that inherits its docs from another (<inheritdoc cref="..."/>) declares what that one does.
        foreach (var member in xml.Descendants("member"))
        {
            if (member.Element("inheritdoc")?.Attribute("cref")?.Value is { } cref && result.TryGetValue(cref, out var inherited))
            {
                result[(string)member.Attribute("name")!].AddRange(inherited);
            }
        }

        return result;
    }

    internal static string DocId(MethodBase member)
    {
        var type = member.DeclaringType!;
        var name = member is ConstructorInfo ? "#ctor" : member.Name;
        var parameters = member.GetParameters();
        var signature = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeName(p.ParameterType))) + ")";
        return $"M:{TypeName(type, definition: true)}.{name}{signature}";
    }

    private static string TypeName(Type type, bool definition = false)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        var prefix = type.IsNested ? TypeName(type.DeclaringType!, definition) + "." : type.Namespace + ".";
        var plain = type.Name.Split('`')[0];
        if (!type.IsGenericType)
        {
            return prefix + plain;
        }

        return definition || type.IsGenericTypeDefinition
            ? prefix + type.Name
            : prefix + plain + "{" + string.Join(",", type.GetGenericArguments().Select(a => TypeName(a))) + "}";
    }
}
