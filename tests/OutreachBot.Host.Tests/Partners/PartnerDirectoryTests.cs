using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Partners;
using OutreachBot.Host.Partners;

namespace OutreachBot.Host.Tests.Partners;

/// <summary>The partner directory on Azurite (run through ./test.sh).</summary>
public sealed class PartnerDirectoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 9, 14, 15, 0, 0, TimeSpan.Zero);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly FakeTimeProvider _time = new(Now);
    private readonly PartnerInstance _bot;

    public PartnerDirectoryTests() => _bot = new PartnerInstance(_time);

    private CancellationToken Ct => _timeout.Token;

    private IPartnerDirectory Directory => _bot.Directory;

    public Task InitializeAsync() => _bot.StartAsync(Ct);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task MatchOrAdd_SpellingVariantsAndTheSameWorkDomain_AreOnePartner()
    {
        var first = await Directory.MatchOrAddAsync("St. Mary's Pediatrics", new PartnerPerson("Dr. Ana Ruiz", ReferrerRole.Pediatrician, "aruiz@stmaryspeds.org", "(555) 201-3300"), PartnerSetting.PhysicianOffice, "mailbox", Ct);
        var second = await Directory.MatchOrAddAsync("St Marys Pediatrics LLC", new PartnerPerson("Ana Ruiz", null, null, null), PartnerSetting.Other, "mailbox", Ct);
        var third = await Directory.MatchOrAddAsync("Saint Mary Peds Group", new PartnerPerson("Kim Lee", ReferrerRole.Other, "klee@stmaryspeds.org", null), PartnerSetting.Other, "mailbox", Ct);
        var fourth = await Directory.MatchOrAddAsync("SMP front desk", new PartnerPerson("Front desk", null, null, "+1 555-201-3300"), PartnerSetting.Other, "mailbox", Ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Id, third.Id);
        Assert.Equal(first.Id, fourth.Id);
        var partner = Assert.Single(await Directory.AllAsync(Ct));
        Assert.Equal("St. Mary's Pediatrics", partner.Organization);
        Assert.Equal(PartnerSetting.PhysicianOffice, partner.Setting);
        Assert.Equal(OutreachStage.Identified, partner.Stage);
        Assert.Equal(["Dr. Ana Ruiz", "Kim Lee", "Front desk"], partner.People.Select(p => p.Name));
        Assert.Equal(Now, partner.AddedAt);
        var added = Assert.Single(await Directory.HistoryAsync(partner.Id, Ct));
        Assert.Equal(PartnerActivityKind.Added, added.Kind);
    }

    [Fact]
    public async Task MatchOrAdd_FreeMailDomains_DoNotJoinDifferentOrganizations()
    {
        var a = await Directory.MatchOrAddAsync("Lakeside Family Medicine", new PartnerPerson("Pat Doe", null, "lakeside.fm@gmail.com", null), PartnerSetting.PhysicianOffice, "mailbox", Ct);
        var b = await Directory.MatchOrAddAsync("Northside School District", new PartnerPerson("Sam Roe", ReferrerRole.School, "northside.sd@gmail.com", null), PartnerSetting.School, "mailbox", Ct);

        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(2, (await Directory.AllAsync(Ct)).Count);
    }

    [Fact]
    public async Task MatchOrAdd_TheSamePartnerFromManyReferralsAtOnce_IsAddedOnce()
    {
        var people = Enumerable.Range(0, 8).Select(i => new PartnerPerson($"Contact {(char)('A' + i)}", null, $"c{i}@harborortho.com", null)).ToList();

        var partners = await Task.WhenAll(people.Select(p => Directory.MatchOrAddAsync("Harbor Orthopedics, P.C.", p, PartnerSetting.PhysicianOffice, "mailbox", Ct)));

        Assert.Single(partners.Select(p => p.Id).Distinct());
        var partner = Assert.Single(await Directory.AllAsync(Ct));
        Assert.Equal(8, partner.People.Count);
    }

    [Fact]
    public async Task Change_ManyAtOnce_LosesNoChange()
    {
        var partner = await Directory.MatchOrAddAsync("Bayview Hospital", new PartnerPerson("Case Management", ReferrerRole.CaseManager, null, null), PartnerSetting.Hospital, "import", Ct);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Directory.ChangeAsync(partner.Id, p => PartnerPeople.With(p, new PartnerPerson($"Planner {i}", ReferrerRole.CaseManager, $"planner{i}@bayview.org", null)), Ct)));

        var changed = await Directory.FindAsync(partner.Id, Ct);
        Assert.Equal(11, changed!.People.Count);
        Assert.Null(await Directory.ChangeAsync("nobody", p => p with { Feedback = "x" }, Ct));
    }

    [Fact]
    public async Task Record_TheSameKeyTwice_IsOneEntry_AndMovesTheLastContactAndStage()
    {
        var partner = await Directory.MatchOrAddAsync("Riverbend Schools", new PartnerPerson("Jo Park", ReferrerRole.School, "jpark@riverbend.k12.us", null), PartnerSetting.School, "import", Ct);
        var call = new PartnerActivity(partner.Id, PartnerActivityKind.Contacted, Now.AddDays(1), "aad-owner", "call-1", "Spoke with the special education coordinator");
        var sheet = new PartnerActivity(partner.Id, PartnerActivityKind.MaterialsSent, Now.AddDays(2), "aad-owner", "materials-1");

        Assert.True(await Directory.RecordAsync(sheet, Ct));
        Assert.True(await Directory.RecordAsync(call, Ct));
        Assert.False(await Directory.RecordAsync(call with { Note = "retried" }, Ct));

        var history = await Directory.HistoryAsync(partner.Id, Ct);
        Assert.Equal([PartnerActivityKind.Added, PartnerActivityKind.Contacted, PartnerActivityKind.MaterialsSent], history.Select(h => h.Kind));
        Assert.Equal("Spoke with the special education coordinator", history[1].Note);
        var after = await Directory.FindAsync(partner.Id, Ct);
        Assert.Equal(Now.AddDays(2), after!.LastContactAt);
        Assert.Equal(OutreachStage.MaterialsSent, after.Stage);
    }

    [Fact]
    public async Task FindByThread_TheMessageIdOfAnOutgoingEmail_FindsItsPartner()
    {
        var partner = await Directory.MatchOrAddAsync("Summit Neurology", new PartnerPerson("Dr. Vo", ReferrerRole.Neurologist, "vo@summitneuro.com", null), PartnerSetting.PhysicianOffice, "import", Ct);
        var other = await Directory.MatchOrAddAsync("Cedar Therapy", new PartnerPerson("Lin", null, "lin@cedartherapy.com", null), PartnerSetting.OutpatientTherapy, "import", Ct);
        await Directory.RecordAsync(new PartnerActivity(partner.Id, PartnerActivityKind.FollowUpSent, Now, "aad-owner", "follow-up-1", ThreadKey: "<a1b2/c3?d4#x@clinic.example>"), Ct);
        await Directory.RecordAsync(new PartnerActivity(other.Id, PartnerActivityKind.UpdateSent, Now, "aad-owner", "update-1", ThreadKey: "<other@clinic.example>"), Ct);

        Assert.Equal(partner.Id, (await Directory.FindByThreadAsync("a1b2/c3?d4#x@clinic.example", Ct))?.Id);
        Assert.Equal(other.Id, (await Directory.FindByThreadAsync("<other@clinic.example>", Ct))?.Id);
        Assert.Null(await Directory.FindByThreadAsync("<never-sent@clinic.example>", Ct));
    }

    [Fact]
    public async Task Search_FindsByOrganizationVariantOrPerson_BestFirst()
    {
        await Directory.MatchOrAddAsync("Mercy Hospital & Clinics", new PartnerPerson("Rosa Diaz", ReferrerRole.CaseManager, null, null), PartnerSetting.Hospital, "import", Ct);
        await Directory.MatchOrAddAsync("Mercy", new PartnerPerson("Tom Hill", null, "hill@mercy-peds.org", null), PartnerSetting.PhysicianOffice, "import", Ct);

        Assert.Equal(["Mercy", "Mercy Hospital & Clinics"], (await Directory.SearchAsync("mercy", Ct)).Select(p => p.Organization));
        Assert.Equal("Mercy Hospital & Clinics", Assert.Single(await Directory.SearchAsync("Mercy Hospital and Clinics", Ct)).Organization);
        Assert.Equal("Mercy Hospital & Clinics", Assert.Single(await Directory.SearchAsync("rosa", Ct)).Organization);
        Assert.Empty(await Directory.SearchAsync("...", Ct));
    }

    [Fact]
    public async Task Tables_AreCreatedAtStart_ByTheHostedInitializer()
    {
        await using var fresh = new PartnerInstance(_time);
        await fresh.Get<IEnumerable<IHostedService>>().OfType<PartnerTablesInitializer>().Single().StartAsync(Ct);

        var partner = await fresh.Directory.MatchOrAddAsync("Oak Grove Clinic", new PartnerPerson("Ann", null, null, null), PartnerSetting.Community, "import", Ct);

        Assert.NotNull(await fresh.Directory.FindAsync(partner.Id, Ct));
    }
}
