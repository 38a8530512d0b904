using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>Shared generators of valid values, unions and congress histories.</summary>
internal static class Generators
{
    /// <summary>A "today" after every generated date, so the future rule never fires by accident.</summary>
    internal static readonly LocalDate Today = new(2100, 1, 1);

    private static readonly string[] VietnameseWords = ["Liên hiệp", "các tổ chức", "hữu nghị", "tỉnh", "Nghệ An", "An Giang", "Hà Tĩnh", "Đà Nẵng", "Thừa Thiên Huế", "Cần Thơ"];
    private static readonly string[] Countries = ["LA", "KH", "KR", "TH", "BY", "JP", "FR", "CU"];

    internal static Gen<LocalDate> Date(int fromYear, int toYear) =>
        from year in Gen.Choose(fromYear, toYear)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        select new LocalDate(year, month, day);

    internal static Gen<PartialDate> PartialDateOf(LocalDate day) =>
        Gen.Frequency(
            (7, Gen.Constant(PartialDate.FromLocalDate(day))),
            (2, Gen.Constant(new PartialDate(day.Year, day.Month))),
            (1, Gen.Constant(new PartialDate(day.Year))));

    internal static Gen<PartialDate> AnyPartialDate() =>
        from day in Date(1, 9999)
        from partial in PartialDateOf(day)
        select partial;

    internal static Gen<string> VietnameseText() =>
        from count in Gen.Choose(1, 4)
        from words in Gen.Elements(VietnameseWords).ArrayOf(count)
        select string.Join(' ', words);

    /// <summary>A valid congress history: consecutive ordinals from a random first, congresses one to six years
    /// apart, dates at random precision (sometimes unknown), labels of one to five years or free text.</summary>
    internal static Gen<Congress[]> CongressHistory(int maxCount = 8) =>
        from first in Gen.Choose(1, 6)
        from count in Gen.Choose(0, maxCount)
        from start in Date(1995, 2005)
        from gaps in Gen.Choose(1, 6).ArrayOf(count)
        from jitter in Gen.Choose(0, 300).ArrayOf(count)
        from precisions in Gen.Choose(0, 19).ArrayOf(count)
        from spans in Gen.Choose(1, 5).ArrayOf(count)
        from freeText in Gen.Choose(0, 9).ArrayOf(count)
        select BuildHistory(first, start, gaps, jitter, precisions, spans, freeText);

    internal static Gen<UnionDraft> UnionDraft(UnionId id, OrganizationLevel level, UnionId? parent) =>
        UnionDraftFor(level, parent).Select(make => make(id));

    /// <summary>A generator of unions whose id is given afterwards, so that a dataset can number its unions.</summary>
    internal static Gen<Func<UnionId, UnionDraft>> UnionDraftFor(OrganizationLevel level, UnionId? parent) =>
        from history in CongressHistory()
        from names in VietnameseText().ArrayOf(3)
        from nameCount in Gen.Choose(1, 3)
        from foundedKnown in Gen.Elements(true, false)
        from associationCount in Gen.Choose(0, 3)
        from countries in Gen.Elements(Countries).ArrayOf(3)
        from joinedYears in Gen.Choose(1990, 2020).ArrayOf(3)
        from leftAfter in Gen.Choose(-1, 10).ArrayOf(3)
        from memberCount in Gen.Choose(0, 80)
        select (Func<UnionId, UnionDraft>)(id => new UnionDraft(id, level, BuildNames(names, nameCount))
        {
            Parent = parent,
            Founded = foundedKnown ? new PartialDate(1985, 7, 18) : null,
            TraditionDay = foundedKnown ? new LocalDate(1985, 7, 18) : null,
            Congresses = history,
            Associations = Enumerable.Range(0, associationCount).Select(i => new MemberAssociation(UnionId.Parse($"a{i}"), $"Association {i}", CountryCode.Parse(countries[i]))
            {
                VietnameseName = names[i],
                Joined = new PartialDate(joinedYears[i]),
                Left = leftAfter[i] < 1 ? null : new PartialDate(joinedYears[i] + leftAfter[i]),
                Note = i == 0 ? "Ghi chú" : null,
            }).ToArray(),
            MemberCounts = memberCount == 0 ? [] : [new MemberCount(new PartialDate(2019), MemberCountKind.MemberOrganizations, memberCount)],
            Source = "generated",
        });

    /// <summary>A valid dataset: one central union and up to five provincial unions under it.</summary>
    internal static Gen<UnionDraft[]> DatasetDrafts() =>
        from provincialCount in Gen.Choose(0, 5)
        from central in UnionDraft(UnionId.Parse("vufo"), OrganizationLevel.Central, null)
        from provincial in UnionDraftFor(OrganizationLevel.Provincial, UnionId.Parse("vufo")).ArrayOf(provincialCount)
        select new[] { central }.Concat(provincial.Select((make, i) => make(UnionId.Parse($"p{i}")))).ToArray();

    internal static UnionDataset ToDataset(IEnumerable<UnionDraft> drafts) =>
        UnionDataset.Create(new DatasetDraft { Unions = drafts.ToArray() }, Today);

    private static UnionName[] BuildNames(string[] words, int count) =>
        Enumerable.Range(0, count).Select(i => new UnionName(words[i], $"Union name {i}", i == 0 ? null : new PartialDate(1990 + (i * 3)))).ToArray();

    private static Congress[] BuildHistory(int first, LocalDate start, int[] gaps, int[] jitter, int[] precisions, int[] spans, int[] freeText)
    {
        var result = new Congress[gaps.Length];
        var day = start;
        for (var i = 0; i < result.Length; i++)
        {
            day = i == 0 ? day : day.PlusYears(gaps[i]).PlusDays(jitter[i] - 150);
            PartialDate? held = precisions[i] switch
            {
                0 => null,
                1 or 2 => new PartialDate(day.Year),
                3 or 4 or 5 => new PartialDate(day.Year, day.Month),
                _ => PartialDate.FromLocalDate(day),
            };
            var label = freeText[i] == 0 ? TermLabel.Parse($"nhiệm kỳ {day.Year}") : TermLabel.FromYears(day.Year, day.Year + spans[i]);
            result[i] = new Congress(first + i, held, label) { Note = i % 2 == 0 ? "Đại hội" : null, Source = i % 3 == 0 ? "seed" : null };
        }

        return result;
    }
}
