using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Currencies;
using NodaTime;

namespace FriendshipUnion.Domain.Tests.Support;

/// <summary>Builders for aid ledger tests: a donor, a union body, and a clinic project in VND that moves through its
/// lifecycle on fixed days.</summary>
internal static class AidBuild
{
    internal static readonly PartyId Donor = PartyId.Parse("green-mekong-fund");
    internal static readonly PartyId Body = PartyId.Parse("an-giang-union");
    internal static readonly ActivityId Clinic = ActivityId.Parse("clinic");
    internal static readonly UnionId AnGiang = UnionId.Parse("an-giang");
    internal static readonly LocalDate Proposed = new(2024, 1, 10);
    internal static readonly LocalDate Appraised = new(2024, 2, 1);
    internal static readonly LocalDate Approved = new(2024, 3, 1);
    internal static readonly LocalDate Implementing = new(2024, 4, 1);

    internal static Party DonorParty() => new(Donor, "Green Mekong Fund", PartyKind.ForeignNgo, CountryCode.Parse("KR"));

    internal static Party BodyParty() => new(Body, "An Giang Union of Friendship Organizations", PartyKind.VietnameseBody, CountryCode.Parse("VN"));

    internal static AidActivity ClinicActivity(bool overdraft = false) =>
        new(Clinic, AnGiang, "Commune clinic", AidKind.Project, Currency.Vnd, Proposed)
        {
            Participants = [new Participant(Donor, ParticipantRole.Funding), new Participant(Body, ParticipantRole.Accountable)],
            Sectors = [new SectorShare(SectorVocabulary.Dac5, "12220", 60m), new SectorShare(SectorVocabulary.Dac5, "16010", 40m)],
            RecipientProvince = "An Giang",
            AllowsOverdraft = overdraft,
        };

    /// <summary>A ledger with both parties and the clinic, taken as far as <paramref name="until"/> in its lifecycle.</summary>
    internal static AidLedger Ledger(ActivityStatus until = ActivityStatus.Implementing, bool overdraft = false)
    {
        var ledger = AidLedger.Create();
        ledger.RegisterParty(DonorParty());
        ledger.RegisterParty(BodyParty());
        ledger.ProposeActivity(ClinicActivity(overdraft), Build.Today);
        (ActivityStatus Status, LocalDate Date)[] steps = [(ActivityStatus.Appraised, Appraised), (ActivityStatus.Approved, Approved), (ActivityStatus.Implementing, Implementing)];
        foreach (var (status, date) in steps.Where(s => s.Status <= until))
        {
            ledger.ChangeStatus(Clinic, status, date, Build.Today);
        }

        ledger.TakeDomainEvents();
        return ledger;
    }

    internal static Money Vnd(decimal amount) => Money.Of(amount, Currency.Vnd);

    internal static AidTransaction Entry(string id, TransactionType type, decimal vnd, LocalDate? date = null) =>
        new(TransactionId.Parse(id), Clinic, type, date ?? new LocalDate(2024, 5, 1), Vnd(vnd), date ?? new LocalDate(2024, 5, 1));

    internal static AidTransaction Received(string id, decimal vnd, LocalDate? date = null) =>
        Entry(id, TransactionType.IncomingFunds, vnd, date) with { Provider = Donor, Receiver = Body };

    internal static AidTransaction Disbursed(string id, decimal vnd, LocalDate? date = null) => Entry(id, TransactionType.Disbursement, vnd, date);
}
