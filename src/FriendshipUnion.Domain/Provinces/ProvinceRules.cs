using System.Globalization;
using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Provinces;

/// <summary>The rules of a dataset's provinces: unique ids, dates in order, predecessors that end the day before the
/// unit formed from them begins.</summary>
internal static class ProvinceRules
{
    /// <summary>Checks a list of provinces, <paramref name="offset"/> of which are already in the dataset (only those
    /// after it are reported, under <c>provinces[i]</c>).</summary>
    internal static void Check(IReadOnlyList<Province> provinces, int offset, RuleCatalog rules, List<RuleViolation> sink)
    {
        var byId = new Dictionary<ProvinceId, Province>();
        for (var i = 0; i < provinces.Count; i++)
        {
            var province = provinces[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"provinces[{i}]");
            if (!byId.TryAdd(province.Id, province) && i >= offset && rules.Applies(RuleCodes.ProvinceUniqueId, null))
            {
                sink.Add(new RuleViolation(RuleCodes.ProvinceUniqueId, $"The province id '{province.Id}' is used twice.", path + ".id", province.Id.Value));
            }

            if (i >= offset && province is { From: { } from, To: { } to } && to.Latest < from.Earliest && rules.Applies(RuleCodes.ProvinceDatesOrder, null))
            {
                sink.Add(new RuleViolation(RuleCodes.ProvinceDatesOrder, $"{province.Id} ends ({to}) before it begins ({from}).", path + ".to", to.ToString()));
            }
        }

        if (!rules.Applies(RuleCodes.ProvincePredecessors, null))
        {
            return;
        }

        for (var i = offset; i < provinces.Count; i++)
        {
            var province = provinces[i];
            for (var j = 0; j < province.Predecessors.Count; j++)
            {
                var id = province.Predecessors[j];
                var path = string.Create(CultureInfo.InvariantCulture, $"provinces[{i}].predecessors[{j}]");
                if (id == province.Id || !byId.TryGetValue(id, out var predecessor))
                {
                    sink.Add(new RuleViolation(RuleCodes.ProvincePredecessors, $"The predecessor '{id}' of '{province.Id}' is not another province of the dataset.", path, id.Value));
                }
                else if (predecessor.To is not { } ended || (province.From is { } began && !EndsTheDayBefore(ended, began)))
                {
                    sink.Add(new RuleViolation(RuleCodes.ProvincePredecessors, $"The predecessor '{id}' of '{province.Id}' must end the day before it begins ({province.From?.ToString() ?? "a day not recorded"}); it ends {predecessor.To?.ToString() ?? "never"}.", path, id.Value));
                }
            }
        }
    }

    // The day after the end may be the beginning, as far as partial dates tell.
    private static bool EndsTheDayBefore(PartialDate ended, PartialDate began) =>
        ended.Earliest < began.Latest && began.Earliest <= ended.Latest.PlusDays(1);
}
