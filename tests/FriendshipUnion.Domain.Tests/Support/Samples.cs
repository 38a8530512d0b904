using System.Collections;
using System.Reflection;
using NodaTime;
using NodaTime.Testing;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>Values of every type the public API takes, for calling it at random: hostile primitives (null, empty,
/// blank, extremes, undefined enum values, the ends of the calendar) and real objects harvested from a dataset.</summary>
internal sealed class Samples
{
    private readonly Dictionary<Type, List<object?>> byType = [];

    private Samples()
    {
        Add<string?>(null, string.Empty, " ", "x", "nghe-an", "Nghe An", "Hoàng Nghĩa Hiếu", "12-CT/TW", "80/2020/NĐ-CP", "2024-09-17", "2024", "\u0000", "\ud800", "VND", "KR", new string('a', 5000));
        Add(0, 1, -1, 2, 5, 6, 7, 2024, 2029, int.MaxValue, int.MinValue, 100_000);
        Add(0L, 1L, -1L, 100L, long.MaxValue, long.MinValue);
        Add(0m, 1m, -1m, 0.5m, 100m, 25400.5m, 0.0000000001m, 999_999_999_999_999m, decimal.MaxValue, decimal.MinValue);
        Add(true, false);
        Add(default(LocalDate), LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2024, 9, 17), new LocalDate(2019, 5, 14), new LocalDate(1900, 1, 1), new LocalDate(2024, 1, 1, CalendarSystem.Julian));
        Add(default(AnnualDate), new AnnualDate(12, 15), new AnnualDate(2, 29));
        Add<Func<Domain.Kernel.UnionId, LocalDate, string?>?>(null, (_, _) => "a term", (_, _) => null);
        Add<IClock?>(null, new FakeClock(Instant.FromUtc(2026, 11, 29, 0, 0)), new FakeClock(Instant.MaxValue), new FakeClock(Instant.MinValue));
    }

    internal static Samples Harvest(params object[] roots)
    {
        var samples = new Samples();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<(object Value, int Depth)>(roots.Select(r => (r, 0)));
        while (queue.Count > 0)
        {
            var (value, depth) = queue.Dequeue();
            var type = value.GetType();
            if (!type.IsValueType && !seen.Add(value))
            {
                continue;
            }

            if (type.Assembly == typeof(Domain.Datasets.UnionDataset).Assembly)
            {
                samples.AddObject(type, value);
            }

            if (depth >= 7 || value is string)
            {
                continue;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items.Cast<object?>().Take(12))
                {
                    if (item is not null)
                    {
                        queue.Enqueue((item is DictionaryEntry entry ? entry.Value! : item, depth + 1));
                    }
                }
            }

            if (type.Assembly != typeof(Domain.Datasets.UnionDataset).Assembly)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike))
            {
                try
                {
                    if (property.GetValue(value) is { } child)
                    {
                        queue.Enqueue((child, depth + 1));
                    }
                }
                catch (TargetInvocationException)
                {
                    // A property that throws for this value (the value of a failed parse); nothing to harvest.
                }
            }
        }

        return samples;
    }

    internal bool Has(Type type) =>
        byType.ContainsKey(type) || type.IsEnum || Nullable.GetUnderlyingType(type) is { } inner && Has(inner)
        || Element(type) is { } element && Has(element)
        || (type.IsValueType && type.Assembly == typeof(Domain.Datasets.UnionDataset).Assembly);

    internal object? Pick(Type type, Random random, bool allowNull = true)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return allowNull && random.Next(4) == 0 ? null : Pick(inner, random, allowNull: false);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return random.Next(5) == 0 ? Enum.ToObject(type, 999) : values.GetValue(random.Next(values.Length));
        }

        if (byType.TryGetValue(type, out var known))
        {
            var candidates = allowNull ? known : known.Where(k => k is not null).ToList();
            if (candidates.Count > 0)
            {
                return candidates[random.Next(candidates.Count)];
            }
        }

        if (Element(type) is { } element)
        {
            return allowNull && random.Next(6) == 0 ? null : List(element, random);
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        return null;
    }

    private Array List(Type element, Random random)
    {
        var count = random.Next(4);
        var array = Array.CreateInstance(element, count);
        for (var i = 0; i < count; i++)
        {
            array.SetValue(Pick(element, random, allowNull: random.Next(5) == 0), i);
        }

        return array;
    }

    // The element type of an array or of a sequence interface an array implements.
    private static Type? Element(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>))
            ? type.GetGenericArguments()[0]
            : null;

    private void Add<T>(params T[] values)
    {
        foreach (var value in values)
        {
            AddObject(typeof(T), value);
            if (typeof(T).IsValueType)
            {
                AddObject(typeof(Nullable<>).MakeGenericType(typeof(T)), value);
            }
        }
    }

    private void AddObject(Type type, object? value)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            var list = byType.TryGetValue(t, out var existing) ? existing : byType[t] = [default(object)];
            if (list.Count < 8 && !list.Contains(value))
            {
                list.Add(value);
            }
        }

        foreach (var face in type.GetInterfaces().Where(i => i.Assembly == typeof(Domain.Datasets.UnionDataset).Assembly || i == typeof(IClock)))
        {
            var list = byType.TryGetValue(face, out var existing) ? existing : byType[face] = [default(object)];
            if (list.Count < 8 && !list.Contains(value))
            {
                list.Add(value);
            }
        }
    }
}
