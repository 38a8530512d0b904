using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Serialization;
using NodaTime;

namespace FriendshipUnion.Domain.Iati;

/// <summary>Imports IATI activity files into a union's aid ledger, streaming, under a mapping the caller chooses
/// (<see cref="IatiImportOptions"/>), with the domain's rules applied and every refusal reported element by
/// element.</summary>
/// <remarks>
/// <para>What the ledger gets: a party for each organisation (its id from the organisation's <c>@ref</c>, else its
/// name; its country from the ref's prefix, <c>XX</c> when unknown; its kind from the organisation type), an activity
/// for each <c>iati-activity</c> (id from the identifier, title in the preferred language, currency the default
/// currency, sectors of the DAC vocabularies, climate policy markers), a lifecycle that leads to the file's status, and
/// the transactions the perspective maps. Status days a file does not state are inferred: the proposal on the earliest
/// date the activity gives, approval on the first commitment or incoming funds (or the actual start), implementation
/// on the first disbursement or expenditure (or the actual start), closing on the actual end or the last entry.</para>
/// <para>Each entry's id is a stable key (<c>iati-</c> and 16 hexadecimal digits of a SHA-256 of the activity
/// identifier, the transaction's ref or content, and its occurrence), so importing the same file again changes
/// nothing. An activity this library exported carries its own ids and lifecycle, which are used as they are.</para>
/// <para>All or nothing per activity: an activity that breaks a rule is refused whole and the others are imported. A
/// file that is not well-formed, or not an activity file of version 2.01–2.03, refuses the whole import. The input
/// dataset is never changed: the result holds a new one.</para>
/// </remarks>
public static partial class IatiImporter
{
    /// <summary>Imports files into the ledger of a copy of a dataset.</summary>
    /// <param name="dataset">The dataset; not changed.</param>
    /// <param name="sources">The files, in order.</param>
    /// <param name="options">The mapping.</param>
    /// <param name="today">Today, in Vietnam (no entry or status may be dated after it).</param>
    /// <returns>The new dataset, what was imported and the report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a source is.</exception>
    /// <exception cref="ArgumentException">A stream cannot be read from.</exception>
    /// <exception cref="IOException">A stream cannot be read.</exception>
    public static IatiImport Import(UnionDataset dataset, IEnumerable<IatiSource> sources, IatiImportOptions options, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        var files = sources.ToArray();
        if (files.Any(f => f is null || f.Stream is null))
        {
            throw new ArgumentNullException(nameof(sources), "A source or its stream is null.");
        }

        if (files.FirstOrDefault(f => !f.Stream.CanRead) is { } closed)
        {
            throw new ArgumentException($"The stream of {closed.Name ?? "a source"} cannot be read from.", nameof(sources));
        }

        var violations = new List<IatiViolation>();
        var notHeld = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var notImported = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var refused = new List<string>();
        var read = 0;
        if (dataset.Find(options.Union) is null)
        {
            violations.Add(new IatiViolation(RuleCodes.LedgerUnionExists, $"The dataset has no union '{options.Union}'; activities must belong to one of its unions."));
            return Result(dataset, options, violations, notHeld, notImported, [], [], refused, [], read);
        }

        var mapper = new ActivityMapper(options, dataset.Options.Currencies, notImported);
        var plans = new List<Plan>();
        var summaries = new List<SummaryPlan>();
        var byId = new Dictionary<ActivityId, Plan>();
        var broken = false;
        foreach (var file in files)
        {
            var log = new IatiReadLog();
            var mapped = new List<IatiViolation>();
            foreach (var activity in IatiXml.ReadActivities(file.Stream, log, file.Name))
            {
                read++;
                if (activity.Violations.Count > 0)
                {
                    refused.Add(activity.Identifier);
                    continue;
                }

                var problems = new List<IatiViolation>();
                if (mapper.Map(activity, problems) is not { } plan)
                {
                    mapped.AddRange(problems);
                    refused.Add(activity.Identifier);
                }
                else if (byId.TryGetValue(plan.Activity.Id, out var earlier))
                {
                    if (!plan.SameAs(earlier))
                    {
                        mapped.Add(new IatiViolation(IatiRules.DuplicateActivity, $"The activity '{Printable.Escape(activity.Identifier)}' (ledger id {plan.Activity.Id}) was read before with other content, at {earlier.Position}.", activity.Position, activity.Identifier));
                        refused.Add(activity.Identifier);
                    }
                }
                else
                {
                    byId[plan.Activity.Id] = plan;
                    plans.Add(plan);
                }
            }

            foreach (var summary in log.Summaries)
            {
                var problems = new List<IatiViolation>();
                if (summary.Violations.Count > 0)
                {
                    refused.Add(SummaryLabel(summary.Id));
                }
                else if (mapper.MapSummary(summary, problems) is { } plan)
                {
                    summaries.Add(plan);
                }
                else
                {
                    mapped.AddRange(problems);
                    refused.Add(SummaryLabel(summary.Id));
                }
            }

            // The file's violations in file order: those of reading and those of mapping.
            violations.AddRange(log.Violations.Concat(mapped).OrderBy(v => v.Position?.Line ?? 0).ThenBy(v => v.Position?.Column ?? 0));
            foreach (var (name, count) in log.NotHeld)
            {
                notHeld[name] = notHeld.GetValueOrDefault(name) + count;
            }

            broken |= !log.Completed;
        }

        if (broken)
        {
            return Result(dataset, options, violations, notHeld, notImported, [], [], [.. refused, .. plans.Select(p => p.Identifier), .. summaries.Select(p => p.Label)], [], read);
        }

        return Apply(dataset, options, plans, summaries, today, violations, notHeld, notImported, refused, read);
    }

    /// <summary>Imports files into the ledger of a copy of a dataset, today read from a clock in Vietnam's time.</summary>
    /// <param name="dataset">The dataset; not changed.</param>
    /// <param name="sources">The files, in order.</param>
    /// <param name="options">The mapping.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The new dataset, what was imported and the report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a source is.</exception>
    /// <exception cref="ArgumentException">A stream cannot be read from.</exception>
    /// <exception cref="IOException">A stream cannot be read.</exception>
    public static IatiImport Import(UnionDataset dataset, IEnumerable<IatiSource> sources, IatiImportOptions options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Import(dataset, sources, options, VietnamTime.Today(clock));
    }

    private static IatiImport Result(
        UnionDataset dataset,
        IatiImportOptions options,
        List<IatiViolation> violations,
        SortedDictionary<string, int> notHeld,
        SortedDictionary<string, int> notImported,
        IReadOnlyList<ActivityId> imported,
        IReadOnlyList<ActivityId> unchanged,
        List<string> refused,
        IReadOnlyList<AidTransaction> posted,
        int read) =>
        new(dataset, options, violations.AsReadOnly(), IatiImport.Frozen(notHeld), IatiImport.Frozen(notImported), imported, unchanged, refused.AsReadOnly(), posted, read);

    // Applies the plans to a copy of the dataset. An activity that fails is dropped and the rest applied again to a
    // fresh copy, until every remaining one succeeds: so a refused activity leaves nothing behind.
    private static IatiImport Apply(
        UnionDataset dataset,
        IatiImportOptions options,
        List<Plan> plans,
        List<SummaryPlan> summaries,
        LocalDate today,
        List<IatiViolation> violations,
        SortedDictionary<string, int> notHeld,
        SortedDictionary<string, int> notImported,
        List<string> refused,
        int read)
    {
        var remaining = plans;
        var remainingSummaries = summaries;
        while (true)
        {
            if (!DatasetJson.TryRead(DatasetJson.Write(dataset), today, dataset.Options, out var copy, out var problems))
            {
                violations.AddRange(problems.Select(p => new IatiViolation(p.Code, "The dataset cannot be copied as of today: " + p.Message, null, p.OffendingValue)));
                return Result(dataset, options, violations, notHeld, notImported, [], [], [.. refused, .. plans.Select(p => p.Identifier), .. summaries.Select(p => p.Label)], [], read);
            }

            var imported = new List<ActivityId>();
            var unchanged = new List<ActivityId>();
            var posted = new List<AidTransaction>();
            var failed = new List<(Plan Plan, List<IatiViolation> Violations)>();
            foreach (var plan in remaining)
            {
                var found = new List<IatiViolation>();
                var changed = plan.ApplyTo(copy.Aid, today, found, posted);
                if (found.Count > 0)
                {
                    failed.Add((plan, found));
                }
                else
                {
                    (changed ? imported : unchanged).Add(plan.Activity.Id);
                }
            }

            var summariesChanged = false;
            var failedSummaries = new List<(SummaryPlan Plan, List<IatiViolation> Violations)>();
            foreach (var plan in remainingSummaries)
            {
                var found = new List<IatiViolation>();
                summariesChanged |= plan.ApplyTo(copy.Aid, today, found, posted);
                if (found.Count > 0)
                {
                    failedSummaries.Add((plan, found));
                }
            }

            if (failed.Count == 0 && failedSummaries.Count == 0)
            {
                var result = imported.Count == 0 && !summariesChanged ? dataset : copy;
                return Result(result, options, violations, notHeld, notImported, imported.AsReadOnly(), unchanged.AsReadOnly(), refused, posted.AsReadOnly(), read);
            }

            foreach (var (plan, found) in failed)
            {
                violations.AddRange(found);
                refused.Add(plan.Identifier);
            }

            foreach (var (plan, found) in failedSummaries)
            {
                violations.AddRange(found);
                refused.Add(plan.Label);
            }

            var drop = failed.Select(f => f.Plan).ToHashSet();
            remaining = remaining.Where(p => !drop.Contains(p)).ToList();
            var dropSummaries = failedSummaries.Select(f => f.Plan).ToHashSet();
            remainingSummaries = remainingSummaries.Where(p => !dropSummaries.Contains(p)).ToList();
        }
    }

    private static IatiPosition? At(IatiPosition? position, string suffix) => position is null ? null : position with { Path = position.Path + suffix };

    // The stable key of an entry: iati- and 16 hexadecimal digits of a SHA-256 of the activity identifier, the
    // transaction's ref or content, and its occurrence, one per line. Hashed from a pooled buffer.
    internal static string EntryKey(string activity, string key, int occurrence)
    {
        Span<char> number = stackalloc char[11];
        occurrence.TryFormat(number, out var digits, provider: CultureInfo.InvariantCulture);
        var length = Encoding.UTF8.GetMaxByteCount(activity.Length + key.Length + digits + 2);
        var rented = length <= 512 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        Span<byte> bytes = rented ?? stackalloc byte[512];
        var n = Encoding.UTF8.GetBytes(activity, bytes);
        bytes[n++] = (byte)'\n';
        n += Encoding.UTF8.GetBytes(key, bytes[n..]);
        bytes[n++] = (byte)'\n';
        n += Encoding.UTF8.GetBytes(number[..digits], bytes[n..]);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(bytes[..n], digest);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return string.Create(21, System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(digest), static (chars, hash) =>
        {
            "iati-".CopyTo(chars);
            hash.TryFormat(chars[5..], out _, "x16", CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex(@"^\[(\d+)\]\.?")]
    private static partial Regex EntryIndex();

    // What one activity becomes in the ledger.
    // Where an entry's transaction is: kept as numbers, so that a plan holds no part of the file's model.
    private readonly record struct EntrySite(int Line, int Column, int Ordinal);

    private sealed record Plan(string Identifier, IatiPosition? Position, Party[] Parties, AidActivity Activity, StatusChange[] Statuses, AidTransaction[] Entries, EntrySite[] EntrySites)
    {
        public bool SameAs(Plan other) =>
            Activity.Equals(other.Activity) && Statuses.SequenceEqual(other.Statuses) && Entries.SequenceEqual(other.Entries);

        // Applies the plan; returns whether the ledger changed. Violations go to found, with this activity's positions.
        public bool ApplyTo(AidLedger ledger, LocalDate today, List<IatiViolation> found, List<AidTransaction> posted)
        {
            var changed = Register(Parties, ledger, found, Position);
            if (found.Count > 0)
            {
                return changed;
            }

            var existing = ledger.FindActivity(Activity.Id);
            if (existing is null)
            {
                if (!ledger.TryProposeActivity(Activity, today, out var problems))
                {
                    Report(problems, found, Position);
                    return changed;
                }

                changed = true;
            }
            else if (!existing.Equals(Activity))
            {
                found.Add(new IatiViolation(RuleCodes.ActivityUniqueId, $"The ledger already holds activity '{Activity.Id}' with other content (title, participants, sectors or dates differ); an import does not change a recorded activity.", Position, Identifier));
                return changed;
            }

            var history = ledger.HistoryOf(Activity.Id);
            StatusChange[] planned = [new(ActivityStatus.Proposed, Activity.Proposed), .. Statuses];
            if (history.Count <= planned.Length && history.SequenceEqual(planned.Take(history.Count)))
            {
                foreach (var change in planned.Skip(history.Count))
                {
                    if (!ledger.TryChangeStatus(Activity.Id, change.Status, change.Date, today, out var problems))
                    {
                        Report(problems, found, Position);
                        return changed;
                    }

                    changed = true;
                }
            }
            else if (!planned.SequenceEqual(history.Take(planned.Length)))
            {
                found.Add(new IatiViolation(RuleCodes.ActivityTransition, $"The ledger holds a lifecycle of activity '{Activity.Id}' ({string.Join(", ", history.Select(h => $"{h.Status} {h.Date:uuuu-MM-dd}"))}) that the file's does not continue.", Position, Identifier));
                return changed;
            }

            if (Entries.Length > 0)
            {
                if (!ledger.TryPostBatch(Entries, today, out var outcomes, out var problems))
                {
                    foreach (var problem in problems)
                    {
                        var match = problem.Path is { } path ? EntryIndex().Match(path) : Match.Empty;
                        var position = match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < EntrySites.Length
                            ? PositionOf(EntrySites[i])
                            : Position;
                        found.Add(new IatiViolation(problem.Code, problem.Message, position, problem.OffendingValue));
                    }

                    return changed;
                }

                for (var i = 0; i < outcomes.Count; i++)
                {
                    if (outcomes[i] == PostOutcome.Recorded)
                    {
                        posted.Add(Entries[i]);
                        changed = true;
                    }
                }
            }

            return changed;
        }

        private IatiPosition? PositionOf(EntrySite site) =>
            Position is null || site.Ordinal == 0 ? Position : new IatiPosition(Position.Source, site.Line, site.Column, string.Create(CultureInfo.InvariantCulture, $"{Position.Path}/transaction[{site.Ordinal}]"));

    }

    // A summary entry of this library's export, with the parties it names.
    private sealed record SummaryPlan(string Label, IatiPosition? Position, Party[] Parties, AidTransaction Entry)
    {
        // Registers the parties and posts the entry; returns whether the ledger changed.
        public bool ApplyTo(AidLedger ledger, LocalDate today, List<IatiViolation> found, List<AidTransaction> posted)
        {
            var changed = Register(Parties, ledger, found, Position);
            if (found.Count > 0)
            {
                return changed;
            }

            if (!ledger.TryPostBatch([Entry], today, out var outcomes, out var problems))
            {
                Report(problems, found, Position);
                return changed;
            }

            if (outcomes[0] == PostOutcome.Recorded)
            {
                posted.Add(Entry);
                return true;
            }

            return changed;
        }
    }

    // Registers the parties the ledger does not hold; returns whether it registered any.
    private static bool Register(Party[] parties, AidLedger ledger, List<IatiViolation> found, IatiPosition? position)
    {
        var changed = false;
        foreach (var party in parties)
        {
            if (ledger.FindParty(party.Id) is null)
            {
                if (ledger.TryRegisterParty(party, out var problems))
                {
                    changed = true;
                }
                else
                {
                    Report(problems, found, position);
                }
            }
        }

        return changed;
    }

    private static void Report(IReadOnlyList<RuleViolation> problems, List<IatiViolation> found, IatiPosition? position) =>
        found.AddRange(problems.Select(p => new IatiViolation(p.Code, p.Message, position is null ? null : position with { Path = p.Path is null ? position.Path : $"{position.Path} ({p.Path})" }, p.OffendingValue)));

    private static string SummaryLabel(string id) => "fu:summary " + id;

    // Maps an activity as read into a plan, or reports why it cannot be.
    private sealed class ActivityMapper(IatiImportOptions options, CurrencyTable currencies, SortedDictionary<string, int> notImported)
    {
        private static readonly HashSet<string> NotCountries = new(StringComparer.Ordinal) { "XM", "XI", "XR", "XE" };

        // The same organisations come back in every transaction: their slugs are made once per import.
        private readonly Dictionary<string, string> slugs = new(StringComparer.Ordinal);

        private void NotImported(string what) => notImported[what] = notImported.GetValueOrDefault(what) + 1;

        private string SlugOf(string text)
        {
            if (!slugs.TryGetValue(text, out var slug))
            {
                slug = SlugId.Make(text);
                if (slugs.Count < 100_000)
                {
                    slugs[text] = slug;
                }
            }

            return slug;
        }

        public Plan? Map(IatiActivity activity, List<IatiViolation> found)
        {
            var ours = activity.Ledger;
            var parties = new Dictionary<PartyId, Party>();
            var idText = ours?.ActivityId ?? SlugId.Make(activity.Identifier);
            if (!ActivityId.TryParse(idText, out var id))
            {
                found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(idText)}' is not an activity id (lowercase letters, digits and single dashes, at most 64).", activity.Position, idText));
                return null;
            }

            var title = activity.Title.Preferred(options.Languages);
            if (string.IsNullOrWhiteSpace(title))
            {
                found.Add(new IatiViolation(IatiRules.Required, "The activity's title has no text.", activity.Position));
                return null;
            }

            // The currency: the activity's default, else the first transaction's.
            var currencyCode = activity.DefaultCurrency ?? activity.Transactions.Select(t => t.Currency).FirstOrDefault(c => c is not null);
            Currency currency = default;
            if (currencyCode is null)
            {
                // Each transaction says it when there are some.
                if (activity.Transactions.Count == 0)
                {
                    found.Add(new IatiViolation(IatiRules.Currency, "The activity has no default-currency and no transaction states a currency.", At(activity.Position, "/@default-currency")));
                }
            }
            else if (!currencies.TryFind(currencyCode, out currency))
            {
                found.Add(new IatiViolation(RuleCodes.CurrencyKnown, $"'{Printable.Escape(currencyCode)}' is not a currency of the dataset's table ({string.Join(", ", currencies.Currencies.Select(c => c.Code))}).", At(activity.Position, "/@default-currency"), currencyCode));
            }

            CheckRecipientShares(activity, found);
            var share = ShareToApply(activity, found);
            var sectors = Sectors(activity, found);
            var markers = Markers(activity);
            // An export of this library marks its parties; the union itself (reporting, accountable) is not one.
            var reporting = activity.ReportingOrg is { } org && ours is null ? PartyOf(org, parties, found) : null;
            var participants = new List<Participant>();
            foreach (var participant in activity.Participants)
            {
                if ((ours is null || participant.Party is not null) && PartyOf(participant, parties, found) is { } party && participant.Role is { } role)
                {
                    var entry = new Participant(party, (ParticipantRole)(int)role);
                    if (!participants.Contains(entry))
                    {
                        participants.Add(entry);
                    }
                }
            }

            var entries = new List<AidTransaction>();
            var sites = new List<EntrySite>();
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var transaction in activity.Transactions)
            {
                if (Entry(activity, transaction, id, currency, share, reporting, parties, occurrences, found) is { } entry)
                {
                    entries.Add(entry);
                    sites.Add(new EntrySite(transaction.Position?.Line ?? 0, transaction.Position?.Column ?? 0, transaction.Ordinal));
                }
            }

            var proposed = ours?.Proposed ?? activity.Dates.Select(d => (LocalDate?)d.Date).Concat(activity.Transactions.Select(t => (LocalDate?)t.Date)).Min();
            if (proposed is null)
            {
                found.Add(new IatiViolation(IatiRules.Required, "The activity gives no date (no activity-date and no transaction): the day it was proposed cannot be told.", At(activity.Position, "/activity-date")));
            }

            if (found.Count > 0 || proposed is null)
            {
                return null;
            }

            AidKind kind = AidKind.Project;
            if (ours?.Kind is { } kindText && !TryEnum(kindText, out kind))
            {
                found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(kindText)}' is not a kind of aid (programme, project, nonProject).", activity.Position, kindText));
                return null;
            }

            AidActivity aid;
            try
            {
                aid = new AidActivity(id, options.Union, title, kind, currency, proposed.Value)
                {
                    Participants = participants.AsReadOnly(),
                    Sectors = sectors,
                    PolicyMarkers = markers,
                    RecipientProvince = ours?.RecipientProvince,
                    AllowsOverdraft = ours?.AllowsOverdraft == true,
                    Note = ours?.Note,
                    Source = ours is null ? $"IATI activity {activity.Identifier}" : ours.Source,
                };
            }
            catch (ArgumentException e)
            {
                found.Add(new IatiViolation(IatiRules.Value, e.Message, activity.Position));
                return null;
            }

            var statuses = ours is null ? Infer(activity, proposed.Value, entries) : Recorded(ours, activity, found);
            return found.Count > 0 ? null : new Plan(activity.Identifier, activity.Position, [.. parties.Values], aid, statuses, [.. entries], [.. sites]);
        }

        // Maps a summary entry of this library's export into the import's union; null when it cannot be.
        public SummaryPlan? MapSummary(IatiSummaryEntry summary, List<IatiViolation> found)
        {
            var before = found.Count;
            var type = (TransactionType)summary.Type;
            if (!Enum.IsDefined(type))
            {
                found.Add(new IatiViolation(IatiRules.Code, $"The type {summary.Type} is not a type of the ledger.", At(summary.Position, "/@type"), summary.Type.ToString(CultureInfo.InvariantCulture)));
            }

            if (!currencies.TryFind(summary.Currency, out var currency))
            {
                found.Add(new IatiViolation(RuleCodes.CurrencyKnown, $"'{Printable.Escape(summary.Currency)}' is not a currency of the dataset's table.", At(summary.Position, "/@currency"), summary.Currency));
            }

            if (!TransactionId.TryParse(summary.Id, out var id))
            {
                found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(summary.Id)}' is not an entry id.", At(summary.Position, "/@id"), summary.Id));
            }

            TransactionId? reverses = null;
            if (summary.Reverses is { } reversed)
            {
                if (TransactionId.TryParse(reversed, out var target))
                {
                    reverses = target;
                }
                else
                {
                    found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(reversed)}' is not an entry id.", At(summary.Position, "/@reverses"), reversed));
                }
            }

            if (currency != default && !currency.IsWhole(summary.Value))
            {
                found.Add(new IatiViolation(RuleCodes.MoneyMinorUnit, $"{summary.Value.ToString(CultureInfo.InvariantCulture)} is not a whole number of {currency} minor units ({currency.MinorUnit} decimal places).", At(summary.Position, "/@value"), summary.Value.ToString(CultureInfo.InvariantCulture)));
            }

            if (summary.ToYear < summary.FromYear)
            {
                found.Add(new IatiViolation(RuleCodes.LedgerSummaryYears, $"The summary's last year ({summary.ToYear}) is before its first ({summary.FromYear}).", At(summary.Position, "/@to-year"), summary.ToYear.ToString(CultureInfo.InvariantCulture)));
            }
            else if (summary.FromYear is < 1900 or > 9999 || summary.ToYear > 9999)
            {
                found.Add(new IatiViolation(IatiRules.Value, $"A summary covers whole years from 1900 to 9999, not {summary.FromYear}–{summary.ToYear}.", At(summary.Position, "/@from-year"), summary.FromYear.ToString(CultureInfo.InvariantCulture)));
            }

            var parties = new Dictionary<PartyId, Party>();
            var provider = summary.Provider is { } p ? PartyOf(p, parties, found) : null;
            var receiver = summary.Receiver is { } r ? PartyOf(r, parties, found) : null;
            if (found.Count > before)
            {
                return null;
            }

            try
            {
                var entry = AidTransaction.ForSummary(id, new AidSummary(options.Union, summary.FromYear, summary.ToYear) { Approximate = summary.Approximate }, type, summary.Date, Money.Of(summary.Value, currency), summary.ValueDate) with
                {
                    Provider = provider,
                    Receiver = receiver,
                    Reverses = reverses,
                    Description = summary.Description,
                    Source = summary.Source,
                };
                return new SummaryPlan(SummaryLabel(summary.Id), summary.Position, [.. parties.Values], entry);
            }
            catch (ArgumentException e)
            {
                found.Add(new IatiViolation(IatiRules.Value, e.Message, summary.Position));
                return null;
            }
        }

        private static bool TryEnum<T>(string text, out T value)
            where T : struct, Enum
        {
            foreach (var candidate in Enum.GetValues<T>())
            {
                var name = candidate.ToString();
                if (string.Equals(char.ToLowerInvariant(name[0]) + name[1..], text, StringComparison.Ordinal))
                {
                    value = candidate;
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static StatusChange[] Recorded(IatiLedgerExtension ours, IatiActivity activity, List<IatiViolation> found)
        {
            var changes = new List<StatusChange>();
            foreach (var (name, date) in ours.Statuses)
            {
                if (TryEnum<ActivityStatus>(name, out var status))
                {
                    changes.Add(new StatusChange(status, date));
                }
                else
                {
                    found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(name)}' is not a status of the lifecycle.", activity.Position, name));
                }
            }

            return [.. changes];
        }

        // The lifecycle that leads to the file's status, dated as the file's dates and entries allow.
        private StatusChange[] Infer(IatiActivity activity, LocalDate proposed, List<AidTransaction> entries)
        {
            var target = activity.Status switch
            {
                IatiActivityStatus.Implementation or IatiActivityStatus.Finalisation or IatiActivityStatus.Suspended => ActivityStatus.Implementing,
                IatiActivityStatus.Closed => ActivityStatus.Closed,
                IatiActivityStatus.Cancelled => ActivityStatus.Cancelled,
                _ => ActivityStatus.Proposed,
            };
            if (activity.Status is IatiActivityStatus.Finalisation or IatiActivityStatus.Suspended)
            {
                NotImported($"activity status {(int)activity.Status} {IatiCodelists.NameOf(activity.Status.Value)}: held as implementing");
            }

            // A pipeline activity with firm commitments or spending has been approved (or is being carried out).
            if (target == ActivityStatus.Proposed && entries.Any(e => !ActivityLifecycle.Allows(ActivityStatus.Proposed, e.Type)))
            {
                target = entries.Any(e => !ActivityLifecycle.Allows(ActivityStatus.Approved, e.Type)) ? ActivityStatus.Implementing : ActivityStatus.Approved;
                NotImported($"activity status 1 Pipeline with commitments or spending: held as {target.ToString().ToLowerInvariant()}");
            }

            LocalDate? DateOf(IatiActivityDateType type) => activity.Dates.Where(d => d.Type == type).Select(d => (LocalDate?)d.Date).Min();
            LocalDate? First(Func<TransactionType, bool> which) => entries.Where(e => which(e.Type)).Select(e => (LocalDate?)e.Date).Min();
            LocalDate Later(LocalDate a, LocalDate? b) => b is { } day && day > a ? day : a;
            LocalDate Earliest(params LocalDate?[] days) => days.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(proposed).Min();

            var start = DateOf(IatiActivityDateType.ActualStart);
            var end = DateOf(IatiActivityDateType.ActualEnd);
            var spending = First(t => t is TransactionType.Disbursement or TransactionType.Expenditure);
            var committing = First(t => t is TransactionType.IncomingCommitment or TransactionType.OutgoingCommitment or TransactionType.IncomingFunds);
            var last = entries.Select(e => (LocalDate?)e.Date).Max();
            var changes = new List<StatusChange>();
            if (target == ActivityStatus.Cancelled)
            {
                changes.Add(new StatusChange(ActivityStatus.Cancelled, Later(Later(proposed, last), end)));
                return [.. changes];
            }

            if (target == ActivityStatus.Proposed)
            {
                return [];
            }

            var approved = Later(proposed, Earliest(committing, spending, start));
            changes.Add(new StatusChange(ActivityStatus.Appraised, approved));
            changes.Add(new StatusChange(ActivityStatus.Approved, approved));
            if (target == ActivityStatus.Approved)
            {
                return [.. changes];
            }

            var implementing = Later(approved, Earliest(spending, start));
            changes.Add(new StatusChange(ActivityStatus.Implementing, implementing));
            if (target == ActivityStatus.Closed)
            {
                changes.Add(new StatusChange(ActivityStatus.Closed, Later(Later(implementing, last), end)));
            }

            return [.. changes];
        }

        private static void CheckRecipientShares(IatiActivity activity, List<IatiViolation> found)
        {
            var all = activity.RecipientCountries.Concat(activity.RecipientRegions).ToArray();
            if (all.Length == 0 || all.All(r => r.Percentage is null))
            {
                return;
            }

            foreach (var recipient in all.Where(r => r.Percentage is < 0 or > 100))
            {
                found.Add(new IatiViolation(IatiRules.RecipientShares, $"The share of {Printable.Escape(recipient.Code)} is {recipient.Percentage}; a share lies between 0 and 100.", recipient.Position, recipient.Percentage!.Value.ToString(CultureInfo.InvariantCulture)));
            }

            if (all.Any(r => r.Percentage is < 0 or > 100))
            {
                return;
            }

            // Each share is at most 100 here, so the sum cannot overflow.
            var sum = all.Sum(r => r.Percentage ?? 0m);
            var tolerance = 0.005m * all.Length;
            if (Math.Abs(sum - 100m) > tolerance)
            {
                found.Add(new IatiViolation(IatiRules.RecipientShares, $"The recipient countries' and regions' percentages sum to {sum.ToString(CultureInfo.InvariantCulture)}, not 100 (rounding allowed: ±{tolerance.ToString(CultureInfo.InvariantCulture)}).", At(activity.Position, "/recipient-country"), sum.ToString(CultureInfo.InvariantCulture)));
            }
        }

        private decimal? ShareToApply(IatiActivity activity, List<IatiViolation> found)
        {
            if (options.CountryShare != CountryShareHandling.Apply || activity.RecipientCountries.Count + activity.RecipientRegions.Count == 0)
            {
                return null;
            }

            var country = activity.RecipientCountries.FirstOrDefault(c => string.Equals(c.Code, options.Country.Value, StringComparison.OrdinalIgnoreCase));
            if (country is null)
            {
                found.Add(new IatiViolation(IatiRules.RecipientShares, $"The activity lists recipients but not {options.Country}; its amounts cannot be scaled to {options.Country}'s share.", At(activity.Position, "/recipient-country")));
                return null;
            }

            return country.Percentage is { } percentage && percentage != 100m && percentage is >= 0 and <= 100 ? percentage : null;
        }

        private System.Collections.ObjectModel.ReadOnlyCollection<SectorShare> Sectors(IatiActivity activity, List<IatiViolation> found)
        {
            var shares = new List<SectorShare>();
            foreach (var group in activity.Sectors.GroupBy(s => s.Vocabulary, StringComparer.Ordinal))
            {
                var items = group.ToArray();
                var held = group.Key is "1" or "2";
                if (items.Length > 1 && items.Any(s => s.Percentage is null))
                {
                    found.Add(new IatiViolation(RuleCodes.ActivitySectors, $"Vocabulary {Printable.Escape(group.Key)} lists {items.Length} sectors, not all with a percentage.", items.First(s => s.Percentage is null).Position));
                    continue;
                }

                if (items.FirstOrDefault(s => s.Percentage is <= 0 or > 100) is { } outside)
                {
                    found.Add(new IatiViolation(RuleCodes.ActivitySectors, "A sector's share is above 0 and at most 100, with at most two decimals.", outside.Position, outside.Percentage!.Value.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                // Each share is at most 100 here, so the sum cannot overflow.
                var sum = items.Sum(s => s.Percentage ?? 100m);
                if (sum != 100m)
                {
                    found.Add(new IatiViolation(RuleCodes.ActivitySectors, $"The sector percentages of vocabulary {Printable.Escape(group.Key)} sum to {sum.ToString(CultureInfo.InvariantCulture)}, not 100.", items[0].Position, sum.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                foreach (var sector in items)
                {
                    var percentage = sector.Percentage ?? 100m;
                    if (percentage <= 0 || percentage > 100 || decimal.Round(percentage, 2) != percentage)
                    {
                        found.Add(new IatiViolation(RuleCodes.ActivitySectors, "A sector's share is above 0 and at most 100, with at most two decimals.", sector.Position, percentage.ToString(CultureInfo.InvariantCulture)));
                    }
                    else if (!held)
                    {
                        NotImported($"sector of vocabulary {group.Key}: the ledger holds DAC sectors (vocabularies 1 and 2)");
                    }
                    else
                    {
                        var vocabulary = group.Key == "1" ? SectorVocabulary.Dac5 : SectorVocabulary.Dac3;
                        if (!DacSectors.IsWellFormed(vocabulary, sector.Code))
                        {
                            found.Add(new IatiViolation(RuleCodes.ActivitySectors, $"'{Printable.Escape(sector.Code)}' is not a code of vocabulary {group.Key} (five digits for DAC purpose codes, three for DAC sectors).", sector.Position, sector.Code));
                        }
                        else if (shares.Any(s => s.Vocabulary == vocabulary && s.Code == sector.Code))
                        {
                            found.Add(new IatiViolation(RuleCodes.ActivitySectors, $"Sector {sector.Code} appears twice in vocabulary {group.Key}.", sector.Position, sector.Code));
                        }
                        else
                        {
                            shares.Add(new SectorShare(vocabulary, sector.Code, percentage));
                        }
                    }
                }
            }

            return shares.AsReadOnly();
        }

        private System.Collections.ObjectModel.ReadOnlyCollection<PolicyMarking> Markers(IatiActivity activity)
        {
            var markings = new List<PolicyMarking>();
            foreach (var marker in activity.PolicyMarkers)
            {
                if (marker.Vocabulary == "1" && marker.Code is "6" or "7" && marker.Significance is "0" or "1" or "2")
                {
                    var entry = new PolicyMarking(marker.Code == "6" ? PolicyMarker.ClimateChangeMitigation : PolicyMarker.ClimateChangeAdaptation, (PolicySignificance)(marker.Significance[0] - '0'));
                    if (!markings.Any(m => m.Marker == entry.Marker))
                    {
                        markings.Add(entry);
                    }
                }
                else
                {
                    NotImported($"policy-marker {marker.Vocabulary}/{marker.Code}: the ledger holds the climate markers 6 and 7 (significance 0–2)");
                }
            }

            return markings.AsReadOnly();
        }

        // The party an organisation names, registered in the plan; null when it names none (no ref, no name).
        private PartyId? PartyOf(IatiOrganisation organisation, Dictionary<PartyId, Party> parties, List<IatiViolation> found)
        {
            var ours = organisation.Party;
            var idText = ours?.Id ?? (organisation.Ref is { } reference ? SlugOf(reference) : organisation.Name.Preferred(options.Languages) is { } named ? SlugOf(named) : null);
            if (idText is null)
            {
                NotImported("organisation with neither @ref nor a name");
                return null;
            }

            if (!PartyId.TryParse(idText, out var id))
            {
                found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(idText)}' is not a party id.", organisation.Position, idText));
                return null;
            }

            if (parties.ContainsKey(id))
            {
                return id;
            }

            // A national organisation of the recipient country (national or partner-country NGO, local government,
            // recipient-country private sector) whose ref names no country is taken to be of the recipient country.
            var countryText = ours?.Country ?? CountryOf(organisation.Ref);
            if (countryText == "XX" && organisation.Type is "11" or "22" or "24" or "72")
            {
                countryText = options.Country.Value;
            }

            if (!CountryCode.TryParse(countryText, out var country))
            {
                found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(countryText ?? string.Empty)}' is not a country code.", organisation.Position, countryText));
                return null;
            }

            PartyKind kind;
            if (ours?.Kind is { } kindText)
            {
                if (!TryEnum(kindText, out kind))
                {
                    found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(kindText)}' is not a kind of party.", organisation.Position, kindText));
                    return null;
                }
            }
            else
            {
                kind = KindOf(organisation.Type, country == IatiXml.VietNam);
            }

            var name = organisation.Name.Preferred(options.Languages) ?? organisation.Ref ?? id.Value;
            var party = new Party(id, name, kind, country) { Note = ours?.Note, Source = ours is null ? null : ours.Source };
            if (IatiCodelists.TryCode<IatiOrganisationType>(organisation.Type, out var type))
            {
                party = party with { IatiType = type };
            }
            else if (ours?.Untyped == true)
            {
                party = party with { IatiType = null };
            }

            parties[id] = party;
            return id;
        }

        // The country of an organisation identifier's registration agency prefix (GB-CHC-202918: GB); XX when unknown.
        private static string CountryOf(string? reference)
        {
            if (reference is { Length: >= 3 } && char.IsAsciiLetterUpper(reference[0]) && char.IsAsciiLetterUpper(reference[1]) && reference[2] == '-')
            {
                var prefix = reference[..2];
                return NotCountries.Contains(prefix) ? "XX" : prefix;
            }

            return "XX";
        }

        private static PartyKind KindOf(string? type, bool vietnamese) => type switch
        {
            _ when vietnamese => PartyKind.VietnameseBody,
            "10" or "11" or "15" => PartyKind.ForeignGovernment,
            "40" => PartyKind.ForeignAgency,
            "30" or "70" or "71" or "72" or "73" => PartyKind.Enterprise,
            _ => PartyKind.ForeignNgo,
        };

        private AidTransaction? Entry(IatiActivity activity, IatiTransaction transaction, ActivityId id, Currency activityCurrency, decimal? share, PartyId? reporting, Dictionary<PartyId, Party> parties, Dictionary<string, int> occurrences, List<IatiViolation> found)
        {
            var ours = activity.Ledger is not null;
            TransactionType type;
            if (ours || options.Perspective == IatiPerspective.Publisher)
            {
                if (!Enum.IsDefined((TransactionType)(int)transaction.Type))
                {
                    NotImported($"transaction type {(int)transaction.Type} {IatiCodelists.NameOf(transaction.Type)}: not a type of the ledger");
                    return null;
                }

                type = (TransactionType)(int)transaction.Type;
            }
            else
            {
                switch (transaction.Type)
                {
                    case IatiTransactionType.OutgoingCommitment:
                        type = TransactionType.IncomingCommitment;
                        break;
                    case IatiTransactionType.Disbursement:
                        type = TransactionType.IncomingFunds;
                        break;
                    case IatiTransactionType.OutgoingPledge:
                        type = TransactionType.IncomingPledge;
                        break;
                    default:
                        NotImported($"transaction type {(int)transaction.Type} {IatiCodelists.NameOf(transaction.Type)}: the publisher's own, not the recipient's");
                        return null;
                }
            }

            var code = transaction.Currency ?? activity.DefaultCurrency;
            if (code is null)
            {
                found.Add(new IatiViolation(IatiRules.Currency, "The value has no currency, and the activity no default-currency.", At(transaction.Position, "/value/@currency")));
                return null;
            }

            if (!currencies.TryFind(code, out var currency))
            {
                found.Add(new IatiViolation(RuleCodes.CurrencyKnown, $"'{Printable.Escape(code)}' is not a currency of the dataset's table.", At(transaction.Position, "/value/@currency"), code));
                return null;
            }

            if (currency != activityCurrency && activityCurrency != default)
            {
                found.Add(new IatiViolation(RuleCodes.LedgerActivityCurrency, $"The value is in {currency}; the activity's entries are in {activityCurrency}, its default currency.", At(transaction.Position, "/value/@currency"), code));
                return null;
            }

            if (transaction.ValueDate is not { } valueDate)
            {
                found.Add(new IatiViolation(IatiRules.ValueDate, "The value has no value-date.", At(transaction.Position, "/value/@value-date")));
                return null;
            }

            var amount = transaction.Value;
            if (Math.Abs(amount) > AidLedger.MaxEntryAmount)
            {
                found.Add(new IatiViolation(RuleCodes.LedgerAmountLimit, $"The value {amount.ToString(CultureInfo.InvariantCulture)} is beyond the ledger's limit for one entry ({AidLedger.MaxEntryAmount.ToString(CultureInfo.InvariantCulture)}).", At(transaction.Position, "/value"), amount.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            if (share is { } percentage)
            {
                amount = currency.Round(amount * percentage / 100m);
            }
            else if (!currency.IsWhole(amount))
            {
                found.Add(new IatiViolation(RuleCodes.MoneyMinorUnit, $"{amount.ToString(CultureInfo.InvariantCulture)} is not a whole number of {currency} minor units ({currency.MinorUnit} decimal places).", At(transaction.Position, "/value"), amount.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            string entryId;
            if (transaction.EntryId is { } given)
            {
                entryId = given;
            }
            else
            {
                var key = transaction.Ref ?? string.Create(CultureInfo.InvariantCulture, $"{(int)transaction.Type}|{transaction.Date:uuuu-MM-dd}|{transaction.Value}|{code}|{valueDate:uuuu-MM-dd}|{transaction.Provider?.Ref}|{transaction.Receiver?.Ref}");
                var occurrence = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
                entryId = EntryKey(activity.Identifier, key, occurrence);
            }

            if (!TransactionId.TryParse(entryId, out var transactionId))
            {
                found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(entryId)}' is not an entry id.", transaction.Position, entryId));
                return null;
            }

            TransactionId? reverses = null;
            if (transaction.Reverses is { } reversed)
            {
                if (!TransactionId.TryParse(reversed, out var target))
                {
                    found.Add(new IatiViolation(IatiRules.Value, $"'{Printable.Escape(reversed)}' is not an entry id.", transaction.Position, reversed));
                    return null;
                }

                reverses = target;
            }

            // The donor: the transaction's provider, else (recipient's view) the publisher.
            PartyId? provider, receiver;
            if (!ours && options.Perspective == IatiPerspective.Recipient)
            {
                provider = transaction.Provider is { } p ? PartyOf(p, parties, found) ?? reporting : reporting;
                receiver = transaction.Receiver is { } r ? PartyOf(r, parties, found) : null;
            }
            else
            {
                provider = transaction.Provider is { } p ? PartyOf(p, parties, found) : null;
                receiver = transaction.Receiver is { } r ? PartyOf(r, parties, found) : null;
            }

            try
            {
                return new AidTransaction(transactionId, id, type, transaction.Date, Money.Of(amount, currency), valueDate)
                {
                    Provider = provider,
                    Receiver = receiver,
                    Reverses = reverses,
                    Description = transaction.Description.Preferred(options.Languages),
                    Source = ours ? transaction.Source : null,
                };
            }
            catch (ArgumentException e)
            {
                found.Add(new IatiViolation(IatiRules.Value, e.Message, transaction.Position));
                return null;
            }
        }
    }
}
