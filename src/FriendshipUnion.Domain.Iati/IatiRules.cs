using FriendshipUnion.Domain.Rules;

namespace FriendshipUnion.Domain.Iati;

/// <summary>A rule an IATI file breaks, with where: the rule's code (one of <see cref="IatiRules"/> or of the core's
/// <see cref="RuleCodes"/>), a message, and the element's position.</summary>
/// <param name="Code">The rule's code (<c>iati.value-date</c>, <c>activity.sectors</c>).</param>
/// <param name="Message">What is wrong, in words a publisher can act on.</param>
/// <param name="Position">Where: the file, line, column and XPath-like location; <see langword="null"/> when the
/// violation is not tied to one element.</param>
/// <param name="OffendingValue">The value refused, or <see langword="null"/>.</param>
public sealed record IatiViolation(string Code, string Message, IatiPosition? Position = null, string? OffendingValue = null)
{
    /// <summary>Returns the violation as a core <see cref="RuleViolation"/>, the XPath-like location as its path.</summary>
    /// <returns>The rule violation.</returns>
    public RuleViolation ToRuleViolation() => new(Code, Message, Position?.Path, OffendingValue);

    /// <summary>Returns <c>source:line:column: code: message (path)</c>.</summary>
    /// <returns>The violation as one line.</returns>
    public override string ToString() => DescribeIn(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns the violation as one line in a culture: in English as <see cref="ToString"/>; in Vietnamese
    /// "Vi phạm quy tắc:" and the rule's statement (the core's, or this package's <see cref="Rule.StatementVi"/>), with
    /// the offending value, the position and the code.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The violation as one line.</returns>
    public string DescribeIn(System.Globalization.CultureInfo? culture)
    {
        var message = ToRuleViolation().MessageIn(culture, IatiRules.Catalog);
        if (DomainText.IsVietnamese(culture) && OffendingValue is { } value)
        {
            message += $" ({DomainText.Find("value", culture)}: {value})";
        }

        return Position is { } p
            ? $"{p.Source ?? "(input)"}:{p.Line}:{p.Column}: {Code}: {message} ({p.Path})"
            : $"{Code}: {message}";
    }
}

/// <summary>The rules this package adds to the core's when it reads IATI files: their codes, statements and sources.
/// The core's rules (sectors, currencies, ledger limits and lifecycle) apply too, with the core's codes.</summary>
public static class IatiRules
{
    /// <summary>The document is not well-formed XML, or uses a DTD (refused: no entity expansion).</summary>
    public const string Xml = "iati.xml";

    /// <summary>The document is not an <c>iati-activities</c> file of a version this package reads.</summary>
    public const string Version = "iati.version";

    /// <summary>An element or attribute the standard requires is missing or empty.</summary>
    public const string Required = "iati.required";

    /// <summary>A code is not on the codelist where the import needs its meaning.</summary>
    public const string Code = "iati.code";

    /// <summary>A number, date or boolean is not in the form of its XML Schema type.</summary>
    public const string Value = "iati.value";

    /// <summary>A transaction value has no value date (required by the schema and for conversion).</summary>
    public const string ValueDate = "iati.value-date";

    /// <summary>A value has no currency: neither its own nor the activity's default.</summary>
    public const string Currency = "iati.currency";

    /// <summary>Recipient country and region percentages do not sum to 100.</summary>
    public const string RecipientShares = "iati.recipient-shares";

    /// <summary>The same activity identifier appears twice with different content in what is imported.</summary>
    public const string DuplicateActivity = "iati.duplicate-activity";

    /// <summary>Gets the rules, each with its statement and source.</summary>
    public static IReadOnlyList<Rule> Catalog { get; } =
    [
        new(Xml, "An IATI file is well-formed XML without a document type declaration.", "W3C XML 1.0; IATI Standard 2.03, XML schema")
        {
            StatementVi = "Tệp IATI là XML đúng cú pháp và không có khai báo kiểu tài liệu (DTD).",
            SourceVi = "W3C XML 1.0; Chuẩn IATI 2.03, lược đồ XML",
        },
        new(Version, "An IATI activity file has the root element iati-activities with a version this package reads (2.01, 2.02, 2.03).", "IATI Standard 2.03, iati-activities/@version; codelist Version")
        {
            StatementVi = "Tệp hoạt động IATI có phần tử gốc iati-activities với phiên bản mà gói này đọc được (2.01, 2.02, 2.03).",
            SourceVi = "Chuẩn IATI 2.03, iati-activities/@version; danh mục mã Version",
        },
        new(Required, "The elements and attributes the schema requires are present and not empty (iati-identifier, title, activity-status, transaction-type, transaction-date, value).", "IATI Standard 2.03, iati-activities-schema.xsd")
        {
            StatementVi = "Các phần tử và thuộc tính mà lược đồ yêu cầu đều có mặt và không để trống (iati-identifier, title, activity-status, transaction-type, transaction-date, value).",
            SourceVi = "Chuẩn IATI 2.03, iati-activities-schema.xsd",
        },
        new(Code, "Codes whose meaning the import needs are on their codelists: TransactionType 1–13, ActivityStatus 1–6, OrganisationRole 1–4, ActivityDateType 1–4.", "IATI Standard 2.03, codelists")
        {
            StatementVi = "Các mã mà việc nhập cần biết ý nghĩa đều thuộc danh mục mã tương ứng: TransactionType 1–13, ActivityStatus 1–6, OrganisationRole 1–4, ActivityDateType 1–4.",
            SourceVi = "Chuẩn IATI 2.03, các danh mục mã",
        },
        new(Value, "Numbers are xsd:decimal (no exponent, no grouping), dates xsd:date (YYYY-MM-DD, years 0001–9999), flags xsd:boolean.", "XML Schema Part 2: Datatypes; IATI Standard 2.03")
        {
            StatementVi = "Số có dạng xsd:decimal (không có số mũ, không có dấu phân cách hàng nghìn), ngày có dạng xsd:date (YYYY-MM-DD, năm từ 0001 đến 9999), cờ có dạng xsd:boolean.",
            SourceVi = "XML Schema Phần 2: Kiểu dữ liệu; Chuẩn IATI 2.03",
        },
        new(ValueDate, "Every transaction value has a value date, the day at which it is converted into other currencies.", "IATI Standard 2.03, value/@value-date (required)")
        {
            StatementVi = "Mỗi giá trị giao dịch đều có ngày giá trị, là ngày dùng để quy đổi giá trị đó sang các loại tiền tệ khác.",
            SourceVi = "Chuẩn IATI 2.03, value/@value-date (bắt buộc)",
        },
        new(Currency, "Every value has a currency: its own @currency or the activity's @default-currency.", "IATI Standard 2.03 rulesets: default-currency or currency on every value")
        {
            StatementVi = "Mỗi giá trị đều có loại tiền tệ: @currency của chính giá trị đó hoặc @default-currency của hoạt động.",
            SourceVi = "Bộ quy tắc của Chuẩn IATI 2.03: default-currency hoặc currency trên mỗi giá trị",
        },
        new(RecipientShares, "When an activity gives percentages for recipient countries and regions, together they sum to 100 (within 0.01).", "IATI Standard 2.03, recipient-country/@percentage and recipient-region/@percentage; rulesets")
        {
            StatementVi = "Khi một hoạt động nêu tỷ lệ phần trăm cho các nước và khu vực nhận, tổng các tỷ lệ này bằng 100 (sai lệch không quá 0,01).",
            SourceVi = "Chuẩn IATI 2.03, recipient-country/@percentage và recipient-region/@percentage; bộ quy tắc",
        },
        new(DuplicateActivity, "An activity identifier appears once in what is imported, or again with the same content.", "IATI Standard 2.03, iati-identifier (globally unique)")
        {
            StatementVi = "Mỗi mã định danh hoạt động chỉ xuất hiện một lần trong dữ liệu được nhập, hoặc xuất hiện lại với cùng nội dung.",
            SourceVi = "Chuẩn IATI 2.03, iati-identifier (duy nhất trên toàn cầu)",
        },
    ];
}
