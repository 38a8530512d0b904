using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Tests.Support;
using NodaTime;

using static FriendshipUnion.Domain.Tests.Support.AidBuild;
using static FriendshipUnion.Domain.Tests.Support.Build;

namespace FriendshipUnion.Domain.Tests.Aid;

public sealed class AidLedgerTests
{
    private static RuleViolation Refused(Action change) => Assert.Single(Assert.Throws<RuleViolationException>(change).Violations);

    private static void AssertRefusedUnchanged(AidLedger ledger, string code, Action change)
    {
        var before = ledger.Transactions.Count;
        var balance = ledger.BalanceOf(Clinic);
        var events = ledger.DomainEvents.Count;
        var violation = Refused(change);
        Assert.Equal(code, violation.Code);
        Assert.Equal(before, ledger.Transactions.Count);
        Assert.Equal(balance, ledger.BalanceOf(Clinic));
        Assert.Equal(events, ledger.DomainEvents.Count);
    }

    [Fact]
    public void A_refused_post_leaves_no_trace_of_its_id_and_an_entry_cannot_reverse_itself()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000_000m), Today);

        // Disbursing more than was received is refused; the id is free again, and a smaller disbursement takes it.
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerDisbursementLimit, () => ledger.Post(Disbursed("d1", 2_000_000m), Today));
        Assert.False(ledger.TryFind(TransactionId.Parse("d1"), out _));
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Disbursed("d1", 400_000m), Today));
        Assert.Equal(PostOutcome.AlreadyRecorded, ledger.Post(Disbursed("d1", 400_000m), Today));
        Assert.Equal(RuleCodes.LedgerIdConflict, Refused(() => ledger.Post(Disbursed("d1", 300_000m), Today)).Code);

        // An entry that names itself as the entry it reverses finds nothing to reverse.
        var original = ledger.Transactions[1];
        var self = original.ReversedBy(TransactionId.Parse("x1"), Today);
        var selfReversal = new AidTransaction(TransactionId.Parse("x2"), original.Activity!.Value, original.Type, Today, -original.Value, original.ValueDate) { Reverses = TransactionId.Parse("x2") };
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerReversalTarget, () => ledger.Post(selfReversal, Today));
        Assert.False(ledger.TryFind(TransactionId.Parse("x2"), out _));
        Assert.Equal(PostOutcome.Recorded, ledger.Post(self, Today));
        Assert.Equal(3, ledger.Transactions.Count);
    }

    [Fact]
    public void Posting_events_come_in_order_between_the_other_events_and_read_alike_every_time()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000_000m), Today);
        ledger.Post(Received("r2", 1_000_000m), Today);
        ledger.Post(Received("r2", 1_000_000m), Today); // already recorded: no event
        var other = new Party(PartyId.Parse("other"), "Other", PartyKind.ForeignNgo, CountryCode.Parse("JP"));
        ledger.RegisterParty(other);
        Assert.ThrowsAny<RuleViolationException>(() => ledger.Post(Disbursed("d0", 9_000_000m), Today)); // refused: no event
        ledger.Post(Disbursed("d1", 400_000m), Today);
        Assert.True(ledger.TryPostBatch([Disbursed("d2", 100_000m), Disbursed("d3", 100_000m)], Today, out _, out _));

        Assert.Equal(6, ledger.DomainEvents.Count);
        Assert.Equal(ledger.DomainEvents.ToArray(), ledger.DomainEvents.ToArray());
        var taken = ledger.TakeDomainEvents();
        IDomainEvent[] expected =
        [
            new AidTransactionPosted(ledger.Transactions[0]), new AidTransactionPosted(ledger.Transactions[1]), new PartyRegistered(other),
            new AidTransactionPosted(ledger.Transactions[2]), new AidTransactionPosted(ledger.Transactions[3]), new AidTransactionPosted(ledger.Transactions[4]),
        ];
        Assert.Equal(expected, taken);
        Assert.Same(ledger.Transactions[3], ((AidTransactionPosted)taken[4]).Transaction);
        Assert.Empty(ledger.DomainEvents);
        ledger.Post(Disbursed("d4", 100_000m), Today);
        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var _ in ledger.DomainEvents)
            {
                ledger.Post(Disbursed("d5", 100_000m), Today); // extends the run being read
            }
        });
        Assert.Equal([new AidTransactionPosted(ledger.Transactions[5]), new AidTransactionPosted(ledger.Transactions[6])], ledger.TakeDomainEvents());
    }

    [Fact]
    public void Every_entry_is_found_by_its_id_as_the_index_grows_and_an_unknown_id_is_not()
    {
        var ledger = Ledger();
        for (var i = 0; i < 5_000; i++)
        {
            ledger.Post(Received($"r{i}", 1_000m), Today);
        }

        for (var i = 0; i < 5_000; i++)
        {
            Assert.True(ledger.TryFind(TransactionId.Parse($"r{i}"), out var found));
            Assert.Same(ledger.Transactions[i], found);
            Assert.Equal(PostOutcome.AlreadyRecorded, ledger.Post(Received($"r{i}", 1_000m), Today));
        }

        Assert.False(ledger.TryFind(TransactionId.Parse("r5000"), out _));
        Assert.Equal(RuleCodes.LedgerIdConflict, Refused(() => ledger.Post(Received("r42", 2_000m), Today)).Code);
        Assert.True(ledger.TryPostBatch([Received("r7", 1_000m), Received("b1", 1_000m)], Today, out var outcomes, out _));
        Assert.Equal([PostOutcome.AlreadyRecorded, PostOutcome.Recorded], outcomes);
        Assert.True(ledger.TryFind(TransactionId.Parse("b1"), out var added));
        Assert.Same(ledger.Transactions[^1], added);
    }

    [Fact]
    public void A_party_id_is_registered_once()
    {
        var ledger = Ledger();
        Assert.Equal(RuleCodes.PartyUniqueId, Refused(() => ledger.RegisterParty(DonorParty())).Code);
    }

    [Theory]
    [InlineData(PartyKind.VietnameseBody, "KR")]
    [InlineData(PartyKind.ForeignNgo, "VN")]
    [InlineData(PartyKind.ForeignAgency, "VN")]
    public void A_party_country_fits_its_kind(PartyKind kind, string country)
    {
        var ledger = AidLedger.Create();
        var violation = Refused(() => ledger.RegisterParty(new Party(PartyId.Parse("p"), "P", kind, CountryCode.Parse(country))));
        Assert.Equal(RuleCodes.PartyCountry, violation.Code);
        Assert.Empty(ledger.Parties);
    }

    [Fact]
    public void Parties_take_the_IATI_type_of_their_kind_and_a_person_has_none()
    {
        Assert.Equal(IatiOrganisationType.InternationalNgo, DonorParty().IatiType);
        Assert.Equal(21, (int)DonorParty().IatiType!);
        Assert.Null(new Party(PartyId.Parse("kim"), "Kim", PartyKind.Individual, CountryCode.Parse("KR")).IatiType);
        Assert.True(DonorParty().IsForeign);
        Assert.False(BodyParty().IsForeign);
    }

    [Fact]
    public void An_activity_id_is_recorded_once()
    {
        var ledger = Ledger();
        Assert.Equal(RuleCodes.ActivityUniqueId, Refused(() => ledger.ProposeActivity(ClinicActivity(), Today)).Code);
    }

    [Fact]
    public void An_activity_names_registered_participants()
    {
        var ledger = AidLedger.Create();
        ledger.RegisterParty(DonorParty());
        var violation = Refused(() => ledger.ProposeActivity(ClinicActivity(), Today));
        Assert.Equal(RuleCodes.ActivityParticipantExists, violation.Code);
        Assert.Equal("participants[1].party", violation.Path);
        Assert.Empty(ledger.Activities);
    }

    [Fact]
    public void An_activity_is_not_proposed_in_the_future()
    {
        var ledger = Ledger();
        var later = new AidActivity(ActivityId.Parse("later"), AnGiang, "Later", AidKind.NonProject, Currency.Usd, Today.PlusDays(1));
        Assert.Equal(RuleCodes.LedgerNotInFuture, Refused(() => ledger.ProposeActivity(later, Today)).Code);
    }

    public static TheoryData<string, SectorShare[]> BadSectors => new()
    {
        { "sum below 100", [new(SectorVocabulary.Dac5, "12220", 60m), new(SectorVocabulary.Dac5, "16010", 30m)] },
        { "sum above 100 in the second vocabulary", [new(SectorVocabulary.Dac5, "12220", 100m), new(SectorVocabulary.Dac3, "122", 100m), new(SectorVocabulary.Dac3, "160", 0.01m)] },
        { "three-digit code in the five-digit vocabulary", [new(SectorVocabulary.Dac5, "122", 100m)] },
        { "letters in a code", [new(SectorVocabulary.Dac3, "12a", 100m)] },
        { "three decimals", [new(SectorVocabulary.Dac5, "12220", 33.335m), new(SectorVocabulary.Dac5, "16010", 66.665m)] },
        { "zero share", [new(SectorVocabulary.Dac5, "12220", 100m), new(SectorVocabulary.Dac5, "16010", 0m)] },
    };

    [Theory]
    [MemberData(nameof(BadSectors))]
    public void Sector_shares_are_well_formed_and_sum_to_100_per_vocabulary(string why, SectorShare[] sectors)
    {
        var ledger = AidLedger.Create();
        var activity = new AidActivity(Clinic, AnGiang, "Clinic", AidKind.Project, Currency.Vnd, Proposed) { Sectors = sectors };
        var violations = Assert.Throws<RuleViolationException>(() => ledger.ProposeActivity(activity, Today)).Violations;
        Assert.All(violations, v => Assert.Equal(RuleCodes.ActivitySectors, v.Code));
        Assert.True(violations.Count > 0, why);
        Assert.Empty(ledger.Activities);
    }

    [Fact]
    public void A_duplicate_sector_is_refused_even_when_the_shares_sum_to_100()
    {
        var activity = new AidActivity(Clinic, AnGiang, "Clinic", AidKind.Project, Currency.Vnd, Proposed)
        {
            Sectors = [new(SectorVocabulary.Dac5, "12220", 50m), new(SectorVocabulary.Dac5, "12220", 50m)],
        };
        var violation = Refused(() => AidLedger.Create().ProposeActivity(activity, Today));
        Assert.Equal(RuleCodes.ActivitySectors, violation.Code);
        Assert.Equal("sectors[1].code", violation.Path);
    }

    [Fact]
    public void Themes_map_to_DAC_codes_and_shares_in_two_vocabularies_are_accepted()
    {
        Assert.Equal("41010", DacSectors.For(AidTheme.Environment));
        Assert.Equal("122", DacSectors.For(AidTheme.Healthcare, SectorVocabulary.Dac3));
        Assert.Equal("11110", DacSectors.For(AidTheme.Education));
        Assert.Equal("16010", DacSectors.For(AidTheme.SocialProblems));
        Assert.Equal("Basic health care", DacSectors.NameOf(SectorVocabulary.Dac5, "12220"));
        var activity = new AidActivity(Clinic, AnGiang, "Clinic", AidKind.Project, Currency.Vnd, Proposed)
        {
            Sectors = [new(SectorVocabulary.Dac5, "41010", 33.33m), new(SectorVocabulary.Dac5, "12220", 66.67m), new(SectorVocabulary.Dac3, "410", 100m)],
            PolicyMarkers = [new PolicyMarking(PolicyMarker.ClimateChangeAdaptation, PolicySignificance.Principal)],
        };
        var ledger = AidLedger.Create();
        ledger.ProposeActivity(activity, Today);
        Assert.Equal(7, (int)Assert.Single(ledger.FindActivity(Clinic)!.PolicyMarkers).Marker);
    }

    [Fact]
    public void The_lifecycle_moves_in_order_and_records_dated_changes()
    {
        var ledger = Ledger(ActivityStatus.Proposed);
        Assert.Equal(ActivityStatus.Proposed, ledger.StatusOf(Clinic));
        var violation = Refused(() => ledger.ChangeStatus(Clinic, ActivityStatus.Approved, Approved, Today));
        Assert.Equal(RuleCodes.ActivityTransition, violation.Code);
        Assert.Contains("Appraised or Cancelled", violation.Message, StringComparison.Ordinal);
        ledger.ChangeStatus(Clinic, ActivityStatus.Appraised, Appraised, Today);
        Assert.IsType<AidActivityStatusChanged>(Assert.Single(ledger.TakeDomainEvents()));
        Assert.Null(ledger.StatusOn(Clinic, Proposed.PlusDays(-1)));
        Assert.Equal(ActivityStatus.Proposed, ledger.StatusOn(Clinic, Appraised.PlusDays(-1)));
        Assert.Equal(ActivityStatus.Appraised, ledger.StatusOn(Clinic, Appraised));
    }

    [Fact]
    public void Nothing_follows_a_closed_activity()
    {
        var ledger = Ledger();
        ledger.ChangeStatus(Clinic, ActivityStatus.Closed, new LocalDate(2025, 1, 1), Today);
        var violation = Refused(() => ledger.ChangeStatus(Clinic, ActivityStatus.Implementing, new LocalDate(2025, 2, 1), Today));
        Assert.Equal(RuleCodes.ActivityTransition, violation.Code);
        Assert.Contains("nothing follows it", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_change_is_not_dated_before_the_last_change_or_entry()
    {
        var ledger = Ledger(ActivityStatus.Approved);
        Assert.Equal(RuleCodes.ActivityTransitionDate, Refused(() => ledger.ChangeStatus(Clinic, ActivityStatus.Implementing, Approved.PlusDays(-1), Today)).Code);
        ledger.Post(Received("r1", 1_000_000m, new LocalDate(2024, 3, 20)), Today);
        Assert.Equal(RuleCodes.ActivityTransitionDate, Refused(() => ledger.ChangeStatus(Clinic, ActivityStatus.Implementing, new LocalDate(2024, 3, 19), Today)).Code);
        ledger.ChangeStatus(Clinic, ActivityStatus.Implementing, new LocalDate(2024, 3, 20), Today);
    }

    [Fact]
    public void A_status_change_is_not_dated_in_the_future()
    {
        var ledger = Ledger(ActivityStatus.Approved);
        Assert.Equal(RuleCodes.LedgerNotInFuture, Refused(() => ledger.ChangeStatus(Clinic, ActivityStatus.Implementing, Today.PlusDays(1), Today)).Code);
    }

    [Fact]
    public void A_status_change_names_an_activity_of_the_ledger()
    {
        var ledger = Ledger();
        Assert.Equal(RuleCodes.LedgerActivityExists, Refused(() => ledger.ChangeStatus(ActivityId.Parse("nope"), ActivityStatus.Closed, Today, Today)).Code);
    }

    [Fact]
    public void An_approval_is_revoked_only_six_months_after_it()
    {
        var ledger = Ledger(ActivityStatus.Approved);
        var violation = Refused(() => ledger.ChangeStatus(Clinic, ActivityStatus.Revoked, Approved.PlusMonths(6).PlusDays(-1), Today));
        Assert.Equal(RuleCodes.ActivityRevocation, violation.Code);
        Assert.Contains("2024-09-01", violation.Message, StringComparison.Ordinal);
        ledger.ChangeStatus(Clinic, ActivityStatus.Revoked, Approved.PlusMonths(6), Today);
        Assert.Equal(ActivityStatus.Revoked, ledger.StatusOf(Clinic));
    }

    [Fact]
    public void An_implementing_activity_cannot_be_revoked()
    {
        var ledger = Ledger();
        Assert.Equal(RuleCodes.ActivityTransition, Refused(() => ledger.ChangeStatus(Clinic, ActivityStatus.Revoked, new LocalDate(2025, 1, 1), Today)).Code);
    }

    [Fact]
    public void The_revocation_period_is_read_from_the_catalogue()
    {
        var threshold = Assert.Single(RuleCatalog.Default.Describe(RuleCodes.ActivityRevocation), r => r.IsInForceOn(Approved)).Threshold;
        Assert.Equal(6, threshold);
        // Decree 313/2025/NĐ-CP states no revocation period that was found: none is catalogued from 2025-12-08.
        Assert.Null(RuleCatalog.Default.Find(RuleCodes.ActivityRevocation, new LocalDate(2026, 1, 1), null));
        Assert.Equal(RuleVerification.Verified, RuleCatalog.Default.Find(RuleCodes.ActivityRevocation, Approved, null)!.Verification);
        var charter = RuleCatalog.Default.With(new Rule(RuleCodes.ActivityRevocation, "Three months in this charter.", "test") { Union = AnGiang, Threshold = 3, ThresholdUnit = "months" });
        var ledger = AidLedger.Create(charter);
        ledger.RegisterParty(DonorParty());
        ledger.RegisterParty(BodyParty());
        ledger.ProposeActivity(ClinicActivity(), Today);
        ledger.ChangeStatus(Clinic, ActivityStatus.Appraised, Appraised, Today);
        ledger.ChangeStatus(Clinic, ActivityStatus.Approved, Approved, Today);
        ledger.ChangeStatus(Clinic, ActivityStatus.Revoked, Approved.PlusMonths(3), Today);
    }

    [Fact]
    public void Posting_records_an_entry_and_an_event_and_updates_the_balance()
    {
        var ledger = Ledger();
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Received("r1", 5_000_000m), Today));
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Disbursed("d1", 2_000_000m), Today));
        var balance = ledger.BalanceOf(Clinic);
        Assert.Equal(Vnd(5_000_000m), balance.Received);
        Assert.Equal(Vnd(3_000_000m), balance.Available);
        Assert.Equal(Vnd(2_000_000m), balance.Of(TransactionType.Disbursement));
        Assert.Equal(2, ledger.TakeDomainEvents().OfType<AidTransactionPosted>().Count());
    }

    [Fact]
    public void Reading_a_balance_allocates_nothing()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 5_000_000m), Today);
        var sum = ledger.BalanceOf(Clinic).Available.Amount;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            sum += ledger.BalanceOf(Clinic).Available.Amount;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(5_005_000_000m, sum);
    }

    [Fact]
    public void Posting_the_same_entry_again_is_already_recorded_and_changes_nothing()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 5_000_000m), Today);
        ledger.TakeDomainEvents();
        Assert.Equal(PostOutcome.AlreadyRecorded, ledger.Post(Received("r1", 5_000_000m), Today));
        Assert.Single(ledger.Transactions);
        Assert.Empty(ledger.DomainEvents);
        Assert.Equal(Vnd(5_000_000m), ledger.BalanceOf(Clinic).Received);
    }

    [Fact]
    public void Reusing_an_id_for_other_content_is_refused_with_its_own_code()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 5_000_000m), Today);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerIdConflict, () => ledger.Post(Received("r1", 5_000_001m), Today));
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerIdConflict, () => ledger.Post(Received("r1", 5_000_000m) with { Description = "other" }, Today));
    }

    [Fact]
    public void An_entry_names_an_activity_of_the_ledger()
    {
        var ledger = Ledger();
        var entry = new AidTransaction(TransactionId.Parse("x"), ActivityId.Parse("nope"), TransactionType.IncomingFunds, Implementing, Vnd(1m), Implementing);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerActivityExists, () => ledger.Post(entry, Today));
    }

    [Fact]
    public void An_entry_names_registered_parties()
    {
        var ledger = Ledger();
        var violation = Refused(() => ledger.Post(Received("r1", 1m) with { Receiver = PartyId.Parse("stranger") }, Today));
        Assert.Equal(RuleCodes.LedgerPartyExists, violation.Code);
        Assert.Equal("receiver", violation.Path);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void An_entry_value_is_positive(int amount)
    {
        var ledger = Ledger();
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerPositiveValue, () => ledger.Post(Received("r1", amount), Today));
    }

    [Fact]
    public void An_entry_is_in_its_activity_currency()
    {
        var ledger = Ledger();
        var usd = new AidTransaction(TransactionId.Parse("u1"), Clinic, TransactionType.IncomingFunds, Implementing, Money.Of(10m, Currency.Usd), Implementing);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerActivityCurrency, () => ledger.Post(usd, Today));
    }

    [Fact]
    public void An_entry_is_not_dated_after_today_on_the_callers_clock()
    {
        var ledger = Ledger();
        var clock = Clocks.At(2026, 11, 22);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerNotInFuture, () => ledger.Post(Received("r1", 1m, Today.PlusDays(1)), clock));
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Received("r1", 1m, Today), clock));
    }

    [Fact]
    public void An_entry_is_not_dated_before_its_activity_was_proposed()
    {
        var ledger = Ledger(overdraft: true);
        var entry = Entry("p1", TransactionType.IncomingPledge, 1m, Proposed.PlusDays(-1));
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerAfterActivity, () => ledger.Post(entry, Today));
    }

    [Fact]
    public void No_entry_falls_in_a_closed_period_and_closed_books_never_reopen()
    {
        var ledger = Ledger();
        ledger.CloseBooks(AnGiang, new LocalDate(2024, 6, 30), Today);
        Assert.IsType<AidBooksClosed>(Assert.Single(ledger.TakeDomainEvents()));
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerPeriodClosed, () => ledger.Post(Received("r1", 1m, new LocalDate(2024, 6, 30)), Today));
        ledger.Post(Received("r1", 1m, new LocalDate(2024, 7, 1)), Today);
        Assert.Equal(RuleCodes.LedgerBooksOrder, Refused(() => ledger.CloseBooks(AnGiang, new LocalDate(2024, 6, 30), Today)).Code);
        Assert.Equal(RuleCodes.LedgerNotInFuture, Refused(() => ledger.CloseBooks(AnGiang, Today.PlusDays(1), Today)).Code);
        Assert.Equal(new LocalDate(2024, 6, 30), ledger.ClosedThrough[AnGiang]);
    }

    [Theory]
    [InlineData(ActivityStatus.Proposed, TransactionType.IncomingFunds)]
    [InlineData(ActivityStatus.Appraised, TransactionType.IncomingCommitment)]
    [InlineData(ActivityStatus.Approved, TransactionType.Disbursement)]
    [InlineData(ActivityStatus.Approved, TransactionType.Expenditure)]
    public void Entries_follow_the_lifecycle(ActivityStatus status, TransactionType type)
    {
        var ledger = Ledger(status, overdraft: true);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerLifecycle, () => ledger.Post(Entry("e1", type, 1m), Today));
    }

    [Fact]
    public void The_lifecycle_is_judged_on_the_entry_date_not_today()
    {
        var ledger = Ledger(overdraft: true);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerLifecycle, () => ledger.Post(Disbursed("d1", 1m, Implementing.PlusDays(-1)), Today));
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Entry("p1", TransactionType.IncomingPledge, 1m, Proposed), Today));
        ledger.ChangeStatus(Clinic, ActivityStatus.Closed, new LocalDate(2025, 1, 1), Today);
        Assert.Equal(RuleCodes.LedgerLifecycle, Refused(() => ledger.Post(Received("r1", 1m, new LocalDate(2025, 1, 2)), Today)).Code);
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Received("r1", 1m, new LocalDate(2024, 12, 31)), Today));
    }

    [Fact]
    public void An_entry_and_a_status_change_on_the_same_day_are_accepted_in_either_order()
    {
        // Closed on the day of an entry: the entry, posted before or after the closing, falls in the implementing day.
        var before = Ledger(overdraft: true);
        Assert.Equal(PostOutcome.Recorded, before.Post(Received("r1", 1m, new LocalDate(2025, 1, 1)), Today));
        before.ChangeStatus(Clinic, ActivityStatus.Closed, new LocalDate(2025, 1, 1), Today);
        var after = Ledger(overdraft: true);
        after.ChangeStatus(Clinic, ActivityStatus.Closed, new LocalDate(2025, 1, 1), Today);
        Assert.Equal(PostOutcome.Recorded, after.Post(Received("r1", 1m, new LocalDate(2025, 1, 1)), Today));

        // Approved on the day of incoming funds: accepted once the approval is on record.
        var approving = Ledger(ActivityStatus.Appraised, overdraft: true);
        Assert.Equal(RuleCodes.LedgerLifecycle, Refused(() => approving.Post(Received("r1", 1m, Approved), Today)).Code);
        approving.ChangeStatus(Clinic, ActivityStatus.Approved, Approved, Today);
        Assert.Equal(PostOutcome.Recorded, approving.Post(Received("r1", 1m, Approved), Today));
    }

    [Fact]
    public void Disbursements_never_exceed_the_funds_received()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000m), Today);
        ledger.Post(Disbursed("d1", 600m), Today);
        var violation = Refused(() => ledger.Post(Entry("x1", TransactionType.Expenditure, 401m), Today));
        Assert.Equal(RuleCodes.LedgerDisbursementLimit, violation.Code);
        Assert.Contains("VND 1,001", violation.Message, StringComparison.Ordinal);
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Entry("x1", TransactionType.Expenditure, 400m), Today));
        Assert.Equal(Vnd(0m), ledger.BalanceOf(Clinic).Available);
    }

    [Fact]
    public void Outgoing_commitments_never_exceed_incoming_commitments_or_receipts()
    {
        var ledger = Ledger();
        ledger.Post(Entry("c-in", TransactionType.IncomingCommitment, 1_000m), Today);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerCommitmentLimit, () => ledger.Post(Entry("c-out", TransactionType.OutgoingCommitment, 1_001m), Today));
        ledger.Post(Received("r1", 1_500m), Today);
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Entry("c-out", TransactionType.OutgoingCommitment, 1_500m), Today));
    }

    [Fact]
    public void An_activity_that_allows_an_overdraft_may_pay_out_first()
    {
        var ledger = Ledger(overdraft: true);
        Assert.Equal(PostOutcome.Recorded, ledger.Post(Disbursed("d1", 600m), Today));
        Assert.Equal(Vnd(-600m), ledger.BalanceOf(Clinic).Available);
    }

    [Fact]
    public void A_reversal_negates_its_entry_once_and_restores_the_balance()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000m), Today);
        var reversal = ledger.Reverse(TransactionId.Parse("r1"), TransactionId.Parse("r1-rev"), new LocalDate(2024, 6, 1), Today, "keyed twice");
        Assert.Equal(Vnd(-1_000m), reversal.Value);
        Assert.Equal(Vnd(0m), ledger.BalanceOf(Clinic).Received);
        Assert.True(ledger.IsReversed(TransactionId.Parse("r1")));
        Assert.Equal(2, ledger.Transactions.Count);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerReversalOnce, () => ledger.Reverse(TransactionId.Parse("r1"), TransactionId.Parse("r1-rev2"), new LocalDate(2024, 6, 2), Today));
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerReversalTarget, () => ledger.Reverse(TransactionId.Parse("r1-rev"), TransactionId.Parse("r1-rev-rev"), new LocalDate(2024, 6, 2), Today));
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerReversalTarget, () => ledger.Reverse(TransactionId.Parse("missing"), TransactionId.Parse("m-rev"), new LocalDate(2024, 6, 2), Today));
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerReversalTarget, () => ledger.Post(Received("m-rev", 1m) with { Reverses = TransactionId.Parse("missing") }, Today));
    }

    [Fact]
    public void A_reversal_matches_its_entry_exactly()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000m), Today);
        var original = ledger.Transactions[0];
        AidTransaction[] wrong =
        [
            new AidTransaction(TransactionId.Parse("w1"), Clinic, TransactionType.IncomingFunds, new LocalDate(2024, 6, 1), Vnd(-1_000m), new LocalDate(2024, 6, 1)) { Reverses = original.Id },
            Received("w2", -999m, new LocalDate(2024, 6, 1)) with { Reverses = original.Id },
            original.ReversedBy(TransactionId.Parse("w3"), original.Date.PlusDays(-1)),
            Entry("w4", TransactionType.IncomingCommitment, -1_000m) with { Reverses = original.Id },
        ];
        foreach (var reversal in wrong)
        {
            AssertRefusedUnchanged(ledger, RuleCodes.LedgerReversalMatches, () => ledger.Post(reversal, Today));
        }
    }

    [Fact]
    public void Reversing_a_receipt_that_was_paid_out_breaks_the_limit()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000m), Today);
        ledger.Post(Disbursed("d1", 1_000m), Today);
        AssertRefusedUnchanged(ledger, RuleCodes.LedgerDisbursementLimit, () => ledger.Reverse(TransactionId.Parse("r1"), TransactionId.Parse("r1-rev"), new LocalDate(2024, 6, 1), Today));
    }

    [Fact]
    public void Reversals_are_not_gated_by_the_lifecycle()
    {
        var ledger = Ledger();
        ledger.Post(Received("r1", 1_000m), Today);
        ledger.Post(Disbursed("d1", 400m), Today);
        ledger.ChangeStatus(Clinic, ActivityStatus.Closed, new LocalDate(2025, 1, 1), Today);
        ledger.Reverse(TransactionId.Parse("d1"), TransactionId.Parse("d1-rev"), new LocalDate(2025, 2, 1), Today, "paid to the wrong commune");
        Assert.Equal(Vnd(1_000m), ledger.BalanceOf(Clinic).Available);
    }

    [Fact]
    public void A_batch_is_applied_all_or_nothing()
    {
        var ledger = Ledger();
        ledger.Post(Received("r0", 100m), Today);
        ledger.TakeDomainEvents();
        var balance = ledger.BalanceOf(Clinic);
        var ok = ledger.TryPostBatch([Received("r1", 1_000m), Disbursed("d1", 500m), Disbursed("d2", 601m), Received("r0", 100m)], Today, out _, out var violations);
        Assert.False(ok);
        var violation = Assert.Single(violations);
        Assert.Equal(RuleCodes.LedgerDisbursementLimit, violation.Code);
        Assert.Equal("[2].value", violation.Path);
        Assert.Single(ledger.Transactions);
        Assert.Equal(balance, ledger.BalanceOf(Clinic));
        Assert.Empty(ledger.DomainEvents);
        Assert.False(ledger.TryFind(TransactionId.Parse("r1"), out _));
    }

    [Fact]
    public void Later_entries_of_a_batch_see_the_earlier_ones()
    {
        var ledger = Ledger();
        ledger.Post(Received("r0", 100m), Today);
        var outcomes = ledger.PostBatch([Received("r1", 1_000m), Disbursed("d1", 1_100m), Received("r1", 1_000m), Received("r0", 100m)], Clocks.At(2026, 11, 22));
        Assert.Equal([PostOutcome.Recorded, PostOutcome.Recorded, PostOutcome.AlreadyRecorded, PostOutcome.AlreadyRecorded], outcomes);
        Assert.Equal(3, ledger.Transactions.Count);
        Assert.Equal(Vnd(0m), ledger.BalanceOf(Clinic).Available);
    }

    [Fact]
    public void A_batch_refuses_a_conflict_within_itself_and_a_second_reversal_of_one_entry()
    {
        var ledger = Ledger();
        ledger.Post(Received("r0", 100m), Today);
        var original = ledger.Transactions[0];
        var violations = Assert.Throws<RuleViolationException>(() => ledger.PostBatch(
            [Received("r1", 10m), Received("r1", 11m), original.ReversedBy(TransactionId.Parse("v1"), Implementing.PlusDays(40)), original.ReversedBy(TransactionId.Parse("v2"), Implementing.PlusDays(40))],
            Today)).Violations;
        Assert.Equal([RuleCodes.LedgerIdConflict, RuleCodes.LedgerReversalOnce], Codes(violations));
        Assert.Equal(["[1].id", "[3].reverses"], violations.Select(v => v.Path));
        Assert.Single(ledger.Transactions);
    }

    [Fact]
    public void A_summary_entry_stands_for_a_reported_total_without_activity_or_donor()
    {
        var ledger = AidLedger.Create();
        var summary = AidTransaction.ForSummary(
            TransactionId.Parse("an-giang-2015-2021"),
            new AidSummary(AnGiang, 2015, 2021) { Approximate = true },
            TransactionType.IncomingFunds,
            new LocalDate(2022, 1, 21),
            Vnd(91_000_000_000m),
            new LocalDate(2022, 1, 21));
        Assert.Equal(PostOutcome.Recorded, ledger.Post(summary, Today));
        Assert.Equal(new LocalDate(2021, 12, 31), summary.ReportingDate);
        Assert.Equal("2015–2021", summary.Summary!.YearsLabel);
        ledger.CloseBooks(AnGiang, new LocalDate(2022, 12, 31), Today);
        var late = AidTransaction.ForSummary(TransactionId.Parse("late"), new AidSummary(AnGiang, 2022, 2022), TransactionType.IncomingFunds, new LocalDate(2022, 6, 1), Vnd(1m), new LocalDate(2022, 6, 1));
        Assert.Equal(RuleCodes.LedgerPeriodClosed, Refused(() => ledger.Post(late, Today)).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AidSummary(AnGiang, 2021, 2015));
    }

    [Fact]
    public void Replaying_the_events_rebuilds_an_equal_ledger()
    {
        var ledger = AidLedger.Create();
        var history = new List<FriendshipUnion.Domain.Kernel.IDomainEvent>();
        ledger.RegisterParty(DonorParty());
        ledger.RegisterParty(BodyParty());
        ledger.ProposeActivity(ClinicActivity(), Today);
        ledger.ChangeStatus(Clinic, ActivityStatus.Appraised, Appraised, Today);
        ledger.ChangeStatus(Clinic, ActivityStatus.Approved, Approved, Today);
        ledger.ChangeStatus(Clinic, ActivityStatus.Implementing, Implementing, Today);
        history.AddRange(ledger.TakeDomainEvents());
        ledger.PostBatch([Received("r1", 1_000m), Disbursed("d1", 300m)], Today);
        ledger.Reverse(TransactionId.Parse("d1"), TransactionId.Parse("d1-rev"), new LocalDate(2024, 6, 1), Today);
        ledger.CloseBooks(AnGiang, new LocalDate(2024, 6, 30), Today);
        history.AddRange(ledger.TakeDomainEvents());
        var rebuilt = AidLedger.Replay(history);
        Assert.True(Same.Ledger(rebuilt, ledger));
        Assert.Equal(ledger.BalanceOf(Clinic), rebuilt.BalanceOf(Clinic));
        Assert.True(rebuilt.IsReversed(TransactionId.Parse("d1")));
        Assert.Empty(rebuilt.DomainEvents);
        Assert.False(Same.Ledger(AidLedger.Replay(history.Take(history.Count - 1)), ledger));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a b")]
    [InlineData("a/b")]
    public void Transaction_ids_follow_their_grammar(string text)
    {
        Assert.False(TransactionId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => TransactionId.Parse(text));
        Assert.True(TransactionId.TryParse("KOICA:INV-17.b_2", out var id));
        Assert.Equal("KOICA:INV-17.b_2", id.Value);
    }
}
