using System.Globalization;

namespace FriendshipUnion.Domain.Iati;

/// <summary>The transaction types of the IATI Standard (codelist <c>TransactionType</c>, 2.03): all 13 codes; the numbers
/// are IATI's codes.</summary>
public enum IatiTransactionType
{
    /// <summary>1 Incoming Funds.</summary>
    IncomingFunds = 1,

    /// <summary>2 Outgoing Commitment.</summary>
    OutgoingCommitment = 2,

    /// <summary>3 Disbursement.</summary>
    Disbursement = 3,

    /// <summary>4 Expenditure.</summary>
    Expenditure = 4,

    /// <summary>5 Interest Payment.</summary>
    InterestPayment = 5,

    /// <summary>6 Loan Repayment.</summary>
    LoanRepayment = 6,

    /// <summary>7 Reimbursement.</summary>
    Reimbursement = 7,

    /// <summary>8 Purchase of Equity.</summary>
    PurchaseOfEquity = 8,

    /// <summary>9 Sale of Equity.</summary>
    SaleOfEquity = 9,

    /// <summary>10 Credit Guarantee.</summary>
    CreditGuarantee = 10,

    /// <summary>11 Incoming Commitment (since 2.02).</summary>
    IncomingCommitment = 11,

    /// <summary>12 Outgoing Pledge (since 2.03).</summary>
    OutgoingPledge = 12,

    /// <summary>13 Incoming Pledge (since 2.03).</summary>
    IncomingPledge = 13,
}

/// <summary>The activity statuses of the IATI Standard (codelist <c>ActivityStatus</c>).</summary>
public enum IatiActivityStatus
{
    /// <summary>1 Pipeline/identification.</summary>
    Pipeline = 1,

    /// <summary>2 Implementation.</summary>
    Implementation = 2,

    /// <summary>3 Finalisation: physical activity is complete or the final disbursement is made, but the activity
    /// remains open pending financial sign-off.</summary>
    Finalisation = 3,

    /// <summary>4 Closed.</summary>
    Closed = 4,

    /// <summary>5 Cancelled.</summary>
    Cancelled = 5,

    /// <summary>6 Suspended.</summary>
    Suspended = 6,
}

/// <summary>The roles of participating organisations (codelist <c>OrganisationRole</c>).</summary>
public enum IatiOrganisationRole
{
    /// <summary>1 Funding.</summary>
    Funding = 1,

    /// <summary>2 Accountable.</summary>
    Accountable = 2,

    /// <summary>3 Extending.</summary>
    Extending = 3,

    /// <summary>4 Implementing.</summary>
    Implementing = 4,
}

/// <summary>The kinds of activity date (codelist <c>ActivityDateType</c>).</summary>
public enum IatiActivityDateType
{
    /// <summary>1 Planned start.</summary>
    PlannedStart = 1,

    /// <summary>2 Actual start.</summary>
    ActualStart = 2,

    /// <summary>3 Planned end.</summary>
    PlannedEnd = 3,

    /// <summary>4 Actual end.</summary>
    ActualEnd = 4,
}

/// <summary>The names of the IATI codes this package reads, as the codelists give them (2.03).</summary>
public static class IatiCodelists
{
    /// <summary>Gets the IATI versions this package reads: 2.01, 2.02 and 2.03.</summary>
    public static IReadOnlyList<string> ReadableVersions { get; } = ["2.01", "2.02", "2.03"];

    /// <summary>Gets the version this package writes: 2.03.</summary>
    public const string WrittenVersion = "2.03";

    /// <summary>Gets the name of a transaction type (<c>Incoming Funds</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The codelist name.</returns>
    public static string NameOf(IatiTransactionType type) => type switch
    {
        IatiTransactionType.IncomingFunds => "Incoming Funds",
        IatiTransactionType.OutgoingCommitment => "Outgoing Commitment",
        IatiTransactionType.Disbursement => "Disbursement",
        IatiTransactionType.Expenditure => "Expenditure",
        IatiTransactionType.InterestPayment => "Interest Payment",
        IatiTransactionType.LoanRepayment => "Loan Repayment",
        IatiTransactionType.Reimbursement => "Reimbursement",
        IatiTransactionType.PurchaseOfEquity => "Purchase of Equity",
        IatiTransactionType.SaleOfEquity => "Sale of Equity",
        IatiTransactionType.CreditGuarantee => "Credit Guarantee",
        IatiTransactionType.IncomingCommitment => "Incoming Commitment",
        IatiTransactionType.OutgoingPledge => "Outgoing Pledge",
        IatiTransactionType.IncomingPledge => "Incoming Pledge",
        _ => ((int)type).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Gets the name of an activity status (<c>Implementation</c>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The codelist name.</returns>
    public static string NameOf(IatiActivityStatus status) => status switch
    {
        IatiActivityStatus.Pipeline => "Pipeline/identification",
        IatiActivityStatus.Implementation => "Implementation",
        IatiActivityStatus.Finalisation => "Finalisation",
        IatiActivityStatus.Closed => "Closed",
        IatiActivityStatus.Cancelled => "Cancelled",
        IatiActivityStatus.Suspended => "Suspended",
        _ => ((int)status).ToString(CultureInfo.InvariantCulture),
    };

    // Reads a code of a numeric codelist: ASCII digits only, one of the defined values.
    internal static bool TryCode<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text is { Length: > 0 and <= 3 }
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && CodeTable<T>.ByNumber.TryGetValue(number, out value);
    }

    // Each codelist's values by number, made once.
    private static class CodeTable<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<int, T> ByNumber = Enum.GetValues<T>().ToDictionary(v => Convert.ToInt32(v, CultureInfo.InvariantCulture));
    }

    internal static string Codes<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
}
