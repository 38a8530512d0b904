using System.Globalization;
using FriendshipUnion.Domain.Aid;
using FriendshipUnion.Domain.Committees;
using FriendshipUnion.Domain.Currencies;
using FriendshipUnion.Domain.Datasets;
using FriendshipUnion.Domain.Documents;
using FriendshipUnion.Domain.Implementation;
using FriendshipUnion.Domain.Organizations;
using FriendshipUnion.Domain.Rules;
using FriendshipUnion.Domain.Terms;
using NodaTime;

namespace FriendshipUnion.Domain.Serialization;

/// <summary>Maps the wire contract to the dataset's description and back. Values the domain refuses become
/// <c>json.invalid-value</c> violations with their JSON path; nothing is materialised from a document with any.</summary>
internal static class DatasetMapper
{
    internal static DatasetDocument ToDocument(UnionDataset dataset)
    {
        var draft = dataset.ToDraft();
        return new()
        {
            Schema = dataset.SchemaReference,
            SchemaVersion = DatasetJson.CurrentSchemaVersion,
            Description = dataset.Description,
            People = ToDocuments(draft.People),
            Provinces = draft.Provinces.Count == 0 ? null : draft.Provinces.Select(p => new ProvinceDocument
            {
                Id = p.Id,
                Vi = p.Vietnamese,
                En = p.English,
                Kind = p.Kind == Provinces.ProvinceKind.Province ? null : p.Kind,
                From = p.From,
                To = p.To,
                Centre = p.Centre,
                Predecessors = p.Predecessors.Count == 0 ? null : p.Predecessors,
                EstablishedBy = p.EstablishedBy,
                Note = p.Note,
                Source = p.Source,
            }).ToArray(),
            Documents = ToDocuments(draft.Documents),
            Unions = draft.Unions.Select(ToDocument).ToArray(),
            ExchangeRates = dataset.Rates.Rates.Count == 0 && dataset.Rates.Policy == RatePolicy.ExactDate ? null : new ExchangeRatesDocument
            {
                DaysBack = dataset.Rates.Policy.DaysBack,
                Rates = dataset.Rates.Rates.Select(r => new ExchangeRateDocument { From = Code(r.From), To = Code(r.To), Date = r.Date, Rate = r.Rate, Source = r.Source }).ToArray(),
            },
            Aid = ToDocument(dataset.Aid),
        };
    }

    internal static AidDocument? ToDocument(AidLedger aid) =>
        aid.Parties.Count == 0 && aid.Activities.Count == 0 && aid.Transactions.Count == 0 && aid.ClosedThrough.Count == 0 ? null : new AidDocument
        {
            Parties = aid.Parties.Count == 0 ? null : aid.Parties.Select(p => new PartyDocument
            {
                Id = p.Id,
                Name = p.Name,
                Kind = p.Kind,
                Country = p.Country,
                IatiType = p.IatiType == Party.DefaultIatiType(p.Kind) ? null : p.IatiType,
                Note = p.Note,
                Source = p.Source,
            }).ToArray(),
            Activities = aid.Activities.Count == 0 ? null : aid.Activities.Select(a => new ActivityDocument
            {
                Id = a.Id,
                Union = a.Union,
                Title = a.Title,
                Kind = a.Kind,
                Currency = Code(a.Currency),
                Proposed = a.Proposed,
                Statuses = aid.HistoryOf(a.Id).Count <= 1 ? null : aid.HistoryOf(a.Id).Skip(1).Select(c => new StatusChangeDocument { Status = c.Status, Date = c.Date }).ToArray(),
                Participants = a.Participants.Count == 0 ? null : a.Participants.Select(p => new ParticipantDocument { Party = p.Party, Role = p.Role }).ToArray(),
                Sectors = a.Sectors.Count == 0 ? null : a.Sectors.Select(s => new SectorDocument { Vocabulary = s.Vocabulary, Code = s.Code, Percentage = s.Percentage }).ToArray(),
                PolicyMarkers = a.PolicyMarkers.Count == 0 ? null : a.PolicyMarkers.Select(m => new PolicyMarkerDocument { Marker = m.Marker, Significance = m.Significance }).ToArray(),
                RecipientProvince = a.RecipientProvince,
                AllowsOverdraft = a.AllowsOverdraft ? true : null,
                Note = a.Note,
                Source = a.Source,
            }).ToArray(),
            Transactions = aid.Transactions.Count == 0 ? null : aid.Transactions.Select(t => new TransactionDocument
            {
                Id = t.Id,
                Activity = t.Activity,
                Summary = t.Summary is not { } s ? null : new SummaryDocument { Union = s.Union, FromYear = s.FromYear, ToYear = s.ToYear, Approximate = s.Approximate ? true : null },
                Type = t.Type,
                Date = t.Date,
                Value = new ValueDocument { Amount = t.Value.Amount, Currency = Code(t.Value.Currency), ValueDate = t.ValueDate },
                Provider = t.Provider,
                Receiver = t.Receiver,
                Reverses = t.Reverses,
                Description = t.Description,
                Source = t.Source,
            }).ToArray(),
            ClosedBooks = aid.ClosedThrough.Count == 0 ? null : aid.ClosedThrough.OrderBy(c => c.Key.Value, StringComparer.Ordinal).Select(c => new ClosedBooksDocument { Union = c.Key, Through = c.Value }).ToArray(),
        };

    internal static ExchangeRateTable? ToRates(ExchangeRatesDocument? document, CurrencyTable currencies, List<RuleViolation> sink)
    {
        if (document is null)
        {
            return ExchangeRateTable.Empty;
        }

        var before = sink.Count;
        if (document.DaysBack is < 0 or > RatePolicy.MaxDaysBack)
        {
            sink.Add(new RuleViolation(RuleCodes.JsonInvalidValue, string.Create(CultureInfo.InvariantCulture, $"daysBack is from 0 to {RatePolicy.MaxDaysBack}."), "$.exchangeRates.daysBack", document.DaysBack.ToString(CultureInfo.InvariantCulture)));
        }

        var rates = Map(document.Rates, "$.exchangeRates.rates", sink, (r, path) => r.From == r.To
            ? throw new MappingException(path + ".to", $"A rate converts between two different currencies, not {r.From.Code} to itself.", RuleCodes.RateCurrencies)
            : new ExchangeRate(Resolve(r.From, currencies, path + ".from"), Resolve(r.To, currencies, path + ".to"), r.Date, r.Rate) { Source = r.Source });
        return sink.Count > before ? null : Attempt("$.exchangeRates", sink, () => ExchangeRateTable.Create(rates, document.DaysBack == 0 ? RatePolicy.ExactDate : RatePolicy.LatestWithin(document.DaysBack)));
    }

    // Builds the ledger through its own checked operations, in the order the format implies: parties, activities with
    // their status changes, the entries as one batch in posting order, then the closings.
    internal static bool ToLedger(AidDocument? document, AidLedger ledger, CurrencyTable currencies, LocalDate today, List<RuleViolation> sink)
    {
        if (document is null)
        {
            return true;
        }

        var before = sink.Count;
        var parties = Map(document.Parties ?? [], "$.aid.parties", sink, (p, path) => p.IatiType is { } type
            ? new Party(p.Id, p.Name, p.Kind, p.Country) { IatiType = type, Note = p.Note, Source = p.Source }
            : new Party(p.Id, p.Name, p.Kind, p.Country) { Note = p.Note, Source = p.Source });
        var activities = Map(document.Activities ?? [], "$.aid.activities", sink, (a, path) => new AidActivity(a.Id, a.Union, a.Title, a.Kind, Resolve(a.Currency, currencies, path + ".currency"), a.Proposed)
        {
            Participants = Map(a.Participants ?? [], path + ".participants", sink, (p, _) => new Participant(p.Party, p.Role)),
            Sectors = Map(a.Sectors ?? [], path + ".sectors", sink, (s, _) => new SectorShare(s.Vocabulary, s.Code, s.Percentage)),
            PolicyMarkers = Map(a.PolicyMarkers ?? [], path + ".policyMarkers", sink, (m, _) => new PolicyMarking(m.Marker, m.Significance)),
            RecipientProvince = a.RecipientProvince,
            AllowsOverdraft = a.AllowsOverdraft == true,
            Note = a.Note,
            Source = a.Source,
        });
        var entries = Map(document.Transactions ?? [], "$.aid.transactions", sink, (t, path) => ToTransaction(t, currencies, path));
        if (sink.Count > before)
        {
            return false;
        }

        for (var i = 0; i < parties.Length; i++)
        {
            ledger.TryRegisterParty(parties[i], out var problems);
            sink.AddRange(problems.Select(v => v.Under($"$.aid.parties[{i}]")));
        }

        for (var i = 0; i < activities.Length; i++)
        {
            var path = $"$.aid.activities[{i}]";
            if (!ledger.TryProposeActivity(activities[i], today, out var problems))
            {
                sink.AddRange(problems.Select(v => v.Under(path)));
                continue;
            }

            var statuses = document.Activities![i]!.Statuses ?? [];
            for (var j = 0; j < statuses.Count; j++)
            {
                if (statuses[j] is not { } change)
                {
                    sink.Add(Null($"{path}.statuses[{j}]"));
                }
                else if (!ledger.TryChangeStatus(activities[i].Id, change.Status, change.Date, today, out var refused))
                {
                    // The later changes would only repeat the refusal from the wrong status.
                    sink.AddRange(refused.Select(v => v.Under($"{path}.statuses[{j}]")));
                    break;
                }
            }
        }

        if (sink.Count > before)
        {
            return false;
        }

        if (!ledger.TryPostBatch(entries, today, out _, out var violations))
        {
            sink.AddRange(violations.Select(v => v.Under("$.aid.transactions")));
        }

        var closings = document.ClosedBooks ?? [];
        for (var i = 0; i < closings.Count; i++)
        {
            if (closings[i] is not { } closing)
            {
                sink.Add(Null($"$.aid.closedBooks[{i}]"));
            }
            else if (!ledger.TryCloseBooks(closing.Union, closing.Through, today, out var refused))
            {
                sink.AddRange(refused.Select(v => v.Under($"$.aid.closedBooks[{i}]")));
            }
        }

        return sink.Count == before;
    }

    private static CurrencyCode Code(Currency currency) => new(currency.Code);

    private static Currency Resolve(CurrencyCode code, CurrencyTable currencies, string path) => currencies.TryFind(code.Code, out var currency)
        ? currency
        : throw new MappingException(path, $"'{code.Code}' is not a currency of the table ({string.Join(", ", currencies.Currencies.Select(c => c.Code))}).", RuleCodes.CurrencyKnown);

    private static AidTransaction ToTransaction(TransactionDocument t, CurrencyTable currencies, string path)
    {
        var currency = Resolve(t.Value.Currency, currencies, path + ".value.currency");
        if (!currency.IsWhole(t.Value.Amount))
        {
            throw new MappingException(path + ".value.amount", $"{t.Value.Amount.ToString(CultureInfo.InvariantCulture)} is not a whole number of {currency} minor units ({currency.MinorUnit.ToString(CultureInfo.InvariantCulture)} decimals).", RuleCodes.MoneyMinorUnit);
        }

        var value = Money.Of(t.Value.Amount, currency);
        AidTransaction entry;
        if (t.Activity is { } activity)
        {
            if (t.Summary is not null)
            {
                throw new MappingException(path, "An entry names an activity or a summary, not both.");
            }

            entry = new AidTransaction(t.Id, activity, t.Type, t.Date, value, t.Value.ValueDate);
        }
        else if (t.Summary is { } s)
        {
            if (s.ToYear < s.FromYear && s.FromYear is >= 1900 and <= 9999 && s.ToYear is >= 1900 and <= 9999)
            {
                throw new MappingException(path + ".summary.toYear", string.Create(CultureInfo.InvariantCulture, $"A summary's last year ({s.ToYear}) is not before its first ({s.FromYear})."), RuleCodes.LedgerSummaryYears);
            }

            entry = AidTransaction.ForSummary(t.Id, new AidSummary(s.Union, s.FromYear, s.ToYear) { Approximate = s.Approximate == true }, t.Type, t.Date, value, t.Value.ValueDate);
        }
        else
        {
            throw new MappingException(path, "An entry names an activity or, for a reported total, a summary.");
        }

        return entry with { Provider = t.Provider, Receiver = t.Receiver, Reverses = t.Reverses, Description = t.Description, Source = t.Source };
    }

    internal static PersonDocument[]? ToDocuments(IReadOnlyList<Person> people) => people.Count == 0 ? null : people.Select(p => new PersonDocument
    {
        Id = p.Id,
        Name = p.Name,
        AsciiName = p.AsciiName,
        Note = p.Note,
        Source = p.Source,
        BirthDate = p.BirthDate,
        DeathDate = p.DeathDate,
        OtherNames = p.OtherNames.Count == 0 ? null : p.OtherNames.Select(n => new PersonNameDocument { Name = n.Name, Language = n.Language, Note = n.Note, From = n.From, To = n.To }).ToArray(),
        Identifiers = p.Identifiers.Count == 0 ? null : p.Identifiers.Select(i => new PersonIdentifierDocument { Identifier = i.Identifier, Scheme = i.Scheme }).ToArray(),
        Links = p.Links.Count == 0 ? null : p.Links.Select(l => new PersonLinkDocument { Url = l.Url, Note = l.Note }).ToArray(),
        Affiliations = p.Affiliations.Count == 0 ? null : p.Affiliations.Select(a => new PersonAffiliationDocument { Organization = a.Organization, Classification = a.Classification, Role = a.Role, Post = a.Post, OnBehalfOf = a.OnBehalfOf, From = a.From, To = a.To }).ToArray(),
    }).ToArray();

    internal static LegalDocumentDocument[]? ToDocuments(IReadOnlyList<LegalDocument> documents) => documents.Count == 0 ? null : documents.Select(d => new LegalDocumentDocument
    {
        Symbol = d.Symbol,
        IssuedBy = d.IssuedBy,
        Issued = d.Issued,
        InForceFrom = d.InForceFrom,
        InForceTo = d.InForceTo,
        TitleVi = d.TitleVi,
        TitleEn = d.TitleEn,
        Relations = d.Relations.Count == 0 ? null : d.Relations.Select(r => new RelationDocument { Kind = r.Kind, Target = r.Target }).ToArray(),
        Note = d.Note,
        Source = d.Source,
    }).ToArray();

    internal static LegalDocument[] ToLegalDocuments(IReadOnlyList<LegalDocumentDocument?> documents, List<RuleViolation> sink) =>
        Map(documents, "$.documents", sink, (d, path) => new LegalDocument(d.Symbol, d.IssuedBy)
        {
            Issued = d.Issued,
            InForceFrom = d.InForceFrom,
            InForceTo = d.InForceTo,
            TitleVi = d.TitleVi,
            TitleEn = d.TitleEn,
            Relations = Map(d.Relations ?? [], path + ".relations", sink, (r, p) => new DocumentRelation(r.Kind, r.Target)),
            Note = d.Note,
            Source = d.Source,
        });

    internal static Provinces.Province[] ToProvinces(IReadOnlyList<ProvinceDocument?> provinces, List<RuleViolation> sink) =>
        Map(provinces, "$.provinces", sink, (p, _) => new Provinces.Province(p.Id, p.Vi, p.En)
        {
            Kind = p.Kind ?? Provinces.ProvinceKind.Province,
            From = p.From,
            To = p.To,
            Centre = p.Centre,
            Predecessors = p.Predecessors ?? [],
            EstablishedBy = p.EstablishedBy,
            Note = p.Note,
            Source = p.Source,
        });

    internal static Person[] ToPeople(IReadOnlyList<PersonDocument?> people, List<RuleViolation> sink) =>
        Map(people, "$.people", sink, (p, path) => new Person(p.Id, p.Name)
        {
            AsciiName = p.AsciiName,
            Note = p.Note,
            Source = p.Source,
            BirthDate = p.BirthDate,
            DeathDate = p.DeathDate,
            OtherNames = p.OtherNames is null ? [] : Map(p.OtherNames, path + ".otherNames", sink, (n, _) => new PersonName(n.Name) { Language = n.Language, Note = n.Note, From = n.From, To = n.To }),
            Identifiers = p.Identifiers is null ? [] : Map(p.Identifiers, path + ".identifiers", sink, (i, _) => new PersonIdentifier(i.Identifier, i.Scheme)),
            Links = p.Links is null ? [] : Map(p.Links, path + ".links", sink, (l, _) => new PersonLink(l.Url, l.Note)),
            Affiliations = p.Affiliations is null ? [] : Map(p.Affiliations, path + ".affiliations", sink, (a, _) => new PersonAffiliation(a.Organization) { Classification = a.Classification, Role = a.Role, Post = a.Post, OnBehalfOf = a.OnBehalfOf, From = a.From, To = a.To }),
        });

    internal static UnionDocument ToDocument(UnionDraft union) => new()
    {
        Id = union.Id,
        Level = union.Level,
        Parent = union.Parent,
        Founded = union.Founded,
        FoundedClaims = union.OtherFoundingClaims.Count == 0 ? null : union.OtherFoundingClaims.Select(c => new ClaimDocument { Date = c.Date, Source = c.Source, Link = c.Link, Note = c.Note }).ToArray(),
        RecordedTo = union.RecordedTo,
        Provinces = union.Provinces.Count == 0 ? null : union.Provinces.Select(p => new ProvinceServedDocument { Province = p.Province, From = p.From }).ToArray(),
        TraditionDay = union.TraditionDay,
        Names = union.Names.Select(n => new NameDocument { Vi = n.Vietnamese, En = n.English, From = n.From }).ToArray(),
        Associations = union.Associations.Count == 0 ? null : union.Associations.Select(a => new AssociationDocument
        {
            Id = a.Id,
            NameEn = a.EnglishName,
            NameVi = a.VietnameseName,
            PartnerCountry = a.PartnerCountry,
            Joined = a.Joined,
            Left = a.Left,
            Note = a.Note,
            Source = a.Source,
        }).ToArray(),
        MemberCounts = union.MemberCounts.Count == 0 ? null : union.MemberCounts.Select(c => new MemberCountDocument
        {
            AsOf = c.AsOf,
            Kind = c.Kind,
            Count = c.Count,
            Source = c.Source,
        }).ToArray(),
        Congresses = union.Congresses.Select(c => new CongressDocument
        {
            Ordinal = c.Ordinal,
            Held = c.Held,
            TermLabel = c.TermLabel.Text,
            Note = c.Note,
            Source = c.Source,
        }).ToArray(),
        Bodies = union.Bodies.Count == 0 ? null : union.Bodies.Select(b => new BodyDocument
        {
            Term = b.Term,
            Kind = b.Kind,
            DeclaredSize = b.DeclaredSize,
            Source = b.Source,
        }).ToArray(),
        Leadership = union.Leadership.Count == 0 ? null : union.Leadership.Select(c => new LeadershipChangeDocument
        {
            Term = c.Term,
            Date = c.Date,
            Facts = c.Facts.Select(f => new OfficeFactDocument { Kind = f.Kind, Person = f.Person, Office = f.Office }).ToArray(),
            Decision = c.Decision,
            Note = c.Note,
            Source = c.Source,
        }).ToArray(),
        Programmes = union.Programmes.Count == 0 ? null : union.Programmes.Select(p => new ProgrammeDocument
        {
            Term = p.Term,
            ItemKind = p.ItemKind,
            DeclaredCount = p.DeclaredCount,
            Tasks = p.Tasks.Select(t => new KeyTaskDocument { Number = t.Number, Text = t.Text, Carries = t.Carries.Count == 0 ? null : t.Carries, Note = t.Note }).ToArray(),
            Note = p.Note,
            Source = p.Source,
        }).ToArray(),
        Plans = union.Plans.Count == 0 ? null : union.Plans.Select(p => new PlanDocument
        {
            Id = p.Id,
            Term = p.Term,
            Document = p.Document,
            Recurrence = p.Schedule.Recurrence,
            Adopted = p.Adopted,
            Starts = p.Starts,
            Due = p.Schedule.Due,
            DueEachYear = p.Schedule.DueEachYear,
            LastYear = p.Schedule.LastYear,
            SpansTerms = p.SpansTerms ? true : null,
            Historical = p.Historical ? true : null,
            Title = p.Title,
            Reports = p.Reports.Count == 0 ? null : p.Reports.Select(r => new ReportDocument { Date = r.Date, Kind = r.Kind, Year = r.Year, Note = r.Note, Source = r.Source }).ToArray(),
            Note = p.Note,
            Source = p.Source,
        }).ToArray(),
        Succession = union.Succession is { } s ? new SuccessionDocument { Kind = s.Kind, Date = s.Date, Successor = s.Successor, Decision = s.Decision } : null,
        Source = union.Source,
    };

    internal static UnionDraft? ToDraft(UnionDocument? document, string path, List<RuleViolation> sink)
    {
        if (document is null)
        {
            sink.Add(Null(path));
            return null;
        }

        var before = sink.Count;
        var names = Map(document.Names, path + ".names", sink, (n, p) => new UnionName(n.Vi, n.En, n.From));
        var associations = Map(document.Associations ?? [], path + ".associations", sink, (a, p) => new MemberAssociation(a.Id, a.NameEn, a.PartnerCountry)
        {
            VietnameseName = a.NameVi,
            Joined = a.Joined,
            Left = a.Left,
            Note = a.Note,
            Source = a.Source,
        });
        var counts = Map(document.MemberCounts ?? [], path + ".memberCounts", sink, (c, p) => new MemberCount(c.AsOf, c.Kind, c.Count) { Source = c.Source });
        var congresses = Map(document.Congresses, path + ".congresses", sink, ToCongress);
        var bodies = Map(document.Bodies ?? [], path + ".bodies", sink, (b, p) => new CommitteeBody(b.Term, b.Kind, b.DeclaredSize) { Source = b.Source });
        var leadership = Map(document.Leadership ?? [], path + ".leadership", sink, (c, p) => ToChange(c, p, sink));
        var programmes = Map(document.Programmes ?? [], path + ".programmes", sink, (p, itemPath) => ToProgramme(p, itemPath, sink));
        var plans = Map(document.Plans ?? [], path + ".plans", sink, (p, itemPath) => ToPlan(p, itemPath, sink));
        var succession = document.Succession is { } s ? Attempt(path + ".succession", sink, () => new Succession(s.Kind, s.Date, s.Successor) { Decision = s.Decision }) : null;
        if (names.Length == 0 && sink.Count == before)
        {
            sink.Add(new RuleViolation(RuleCodes.JsonInvalidValue, "A union has at least one name.", path + ".names"));
        }

        var provinces = document.Provinces is null ? [] : Map(document.Provinces, path + ".provinces", sink, (p, _) => new ProvinceServed(p.Province, p.From));
        var claims = document.FoundedClaims is null ? [] : Map(document.FoundedClaims, path + ".foundedClaims", sink, (c, _) => new DateClaim(c.Date, c.Source) { Link = c.Link, Note = c.Note });
        return sink.Count > before ? null : Attempt(path, sink, () => new UnionDraft(document.Id, document.Level, names)
        {
            Parent = document.Parent,
            Founded = document.Founded,
            OtherFoundingClaims = claims,
            RecordedTo = document.RecordedTo,
            Provinces = provinces,
            TraditionDay = document.TraditionDay,
            Associations = associations,
            MemberCounts = counts,
            Congresses = congresses,
            Bodies = bodies,
            Leadership = leadership,
            Programmes = programmes,
            Plans = plans,
            Succession = succession,
            Source = document.Source,
        });
    }

    private static Congress ToCongress(CongressDocument c, string path)
    {
        if (c.Ordinal < 1)
        {
            throw new MappingException(path + ".ordinal", $"A congress ordinal is 1 or more; found {c.Ordinal.ToString(CultureInfo.InvariantCulture)}.");
        }

        TermLabel label;
        try
        {
            label = TermLabel.Parse(c.TermLabel);
        }
        catch (ArgumentException ex)
        {
            // A blank label is not a label; a span of years that runs backwards breaks a rule the schema cannot state.
            throw new MappingException(path + ".termLabel", FirstSentence(ex.Message), string.IsNullOrWhiteSpace(c.TermLabel) ? RuleCodes.JsonInvalidValue : RuleCodes.TermLabelOrder);
        }

        return new Congress(c.Ordinal, c.Held, label) { Note = c.Note, Source = c.Source };
    }

    private static LeadershipChange ToChange(LeadershipChangeDocument c, string path, List<RuleViolation> sink)
    {
        if (c.Term < 0)
        {
            throw new MappingException(path + ".term", $"A term is numbered by its congress, or 0 for the interim before the first congress; found {c.Term.ToString(CultureInfo.InvariantCulture)}.");
        }

        var before = sink.Count;
        var facts = Map(c.Facts, path + ".facts", sink, (f, p) => new OfficeFact(f.Kind, f.Person, f.Office));
        if (sink.Count > before)
        {
            throw new MappingException(null, "The facts were reported one by one.");
        }

        return facts.Length == 0
            ? throw new MappingException(path + ".facts", "A change has at least one fact.")
            : new LeadershipChange(c.Term, c.Date, facts) { Decision = c.Decision, Note = c.Note, Source = c.Source };
    }

    private static WorkProgramme ToProgramme(ProgrammeDocument p, string path, List<RuleViolation> sink)
    {
        Positive(p.Term, path + ".term", "A term is numbered by its congress");
        if (p.DeclaredCount is { } count)
        {
            Positive(count, path + ".declaredCount", "A declared count counts the items");
        }

        var before = sink.Count;
        var tasks = Map(p.Tasks, path + ".tasks", sink, (t, taskPath) =>
        {
            Positive(t.Number, taskPath + ".number", "A task is numbered");
            return new KeyTask(t.Number, t.Text) { Carries = t.Carries ?? [], Note = t.Note };
        });
        return sink.Count > before
            ? throw new MappingException(null, "The tasks were reported one by one.")
            : new WorkProgramme(p.Term, p.ItemKind, tasks, p.DeclaredCount) { Note = p.Note, Source = p.Source };
    }

    private static ImplementationPlan ToPlan(PlanDocument p, string path, List<RuleViolation> sink)
    {
        Positive(p.Term, path + ".term", "A term is numbered by its congress");
        PlanSchedule schedule;
        if (p.Recurrence == PlanRecurrence.Once)
        {
            var misplaced = p.DueEachYear is not null ? "dueEachYear" : p.LastYear is not null ? "lastYear" : null;
            schedule = misplaced is null ? PlanSchedule.Once(p.Due) : throw new MappingException($"{path}.{misplaced}", $"'{misplaced}' belongs to an annual plan; a one-off plan has 'due'.");
        }
        else
        {
            if (p.Due is not null)
            {
                throw new MappingException(path + ".due", "'due' belongs to a one-off plan; an annual plan has 'dueEachYear' and 'lastYear'.");
            }

            try
            {
                schedule = PlanSchedule.Annual(p.DueEachYear, p.LastYear);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new MappingException(path + ".lastYear", FirstSentence(ex.Message));
            }
        }

        var before = sink.Count;
        var reports = Map(p.Reports ?? [], path + ".reports", sink, (r, reportPath) => new ImplementationReport(r.Date, r.Kind, r.Year) { Note = r.Note, Source = r.Source });
        return sink.Count > before
            ? throw new MappingException(null, "The reports were reported one by one.")
            : new ImplementationPlan(p.Id, p.Term, p.Document, schedule)
            {
                Adopted = p.Adopted,
                Starts = p.Starts,
                SpansTerms = p.SpansTerms ?? false,
                Historical = p.Historical ?? false,
                Title = p.Title,
                Reports = reports,
                Note = p.Note,
                Source = p.Source,
            };
    }

    private static void Positive(int value, string path, string what)
    {
        if (value < 1)
        {
            throw new MappingException(path, $"{what}, 1 or more; found {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static T[] Map<TDocument, T>(IReadOnlyList<TDocument?> items, string path, List<RuleViolation> sink, Func<TDocument, string, T> map)
        where TDocument : class
        where T : class
    {
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (items[i] is not { } item)
            {
                sink.Add(Null(itemPath));
                continue;
            }

            if (Attempt(itemPath, sink, () => map(item, itemPath)) is { } mapped)
            {
                result.Add(mapped);
            }
        }

        return [.. result];
    }

    private static T? Attempt<T>(string path, List<RuleViolation> sink, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (MappingException ex) when (ex.Path is null)
        {
            // Reported already, part by part.
        }
        catch (MappingException ex)
        {
            sink.Add(new RuleViolation(ex.Code, ex.Message, ex.Path));
        }
        catch (ArgumentException ex)
        {
            sink.Add(new RuleViolation(RuleCodes.JsonInvalidValue, FirstSentence(ex.Message), path));
        }

        return null;
    }

    private static RuleViolation Null(string path) => new(RuleCodes.JsonMalformed, "null is not allowed here: expected an object.", path);

    // ArgumentException appends " (Parameter 'x')"; the path already says where.
    /// <summary>An optional text member: blank is refused (omit the member instead).</summary>
    internal static string? OptionalText(string? text, string path, List<RuleViolation> sink)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            sink.Add(new RuleViolation(RuleCodes.JsonInvalidValue, "The text must not be blank; omit the member instead.", path));
            return null;
        }

        return text;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private sealed class MappingException(string? path, string message, string code = RuleCodes.JsonInvalidValue) : Exception(message)
    {
        public string? Path { get; } = path;

        public string Code { get; } = code;
    }
}
