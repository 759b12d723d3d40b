using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutreachBot.Protocol.Activities;
using OutreachBot.Protocol.Proactive;
using OutreachBot.Protocol.Tests.Authentication;
using static OutreachBot.Protocol.Tests.Authentication.TestTokens;

namespace OutreachBot.Protocol.Tests.Hosting;

public sealed class ConversationReferenceAndTenantTests(MetadataServerFixture fixture) : IClassFixture<MetadataServerFixture>, IAsyncLifetime
{
    private const string UserAadObjectId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private readonly InMemoryConversationReferences _store = new();
    private BotTestHost _host = null!;

    private string ValidToken => Bearer(Create(fixture.BotFrameworkKey.Credentials, _host.Clock.GetUtcNow()));

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_WhenAuthenticated_SavesTheConversationReferenceBeforeTheTurn()
    {
        using var response = await _host.PostAsync(TestActivities.Message("1767000000101"), ValidToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (reference, aadObjectId) = Assert.Single(_store.Saves);
        Assert.Equal(TestActivities.ConversationId, reference.ConversationId);
        Assert.Equal(ServiceUrl, reference.ServiceUrl);
        Assert.Equal(ClinicTenantId, reference.TenantId);
        Assert.Equal("personal", reference.ConversationType);
        Assert.Equal($"28:{AppId}", reference.Bot.Id);
        Assert.Equal("29:1UserMri", reference.User?.Id);
        Assert.Equal("Dana Whitfield", reference.User?.Name); // staff cards sign with it
        Assert.Equal(UserAadObjectId, aadObjectId);
        Assert.Equal(reference, await _store.FindForUserAsync(UserAadObjectId, CancellationToken.None));
    }

    [Fact]
    public async Task Post_WhenTheSameReferenceArrivesAgain_DoesNotWriteItAgain()
    {
        using var first = await _host.PostAsync(TestActivities.Message("1767000000102"), ValidToken);
        using var second = await _host.PostAsync(TestActivities.Message("1767000000103"), ValidToken);
        using var invoke = await _host.PostAsync(TestActivities.CardAction("f:invoke-ref", "assign"), ValidToken);
        using var other = await _host.PostAsync(TestActivities.Message("1767000000104", "a:1AnotherChat"), ValidToken);

        Assert.All([first, second, invoke, other], r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Equal([TestActivities.ConversationId, "a:1AnotherChat"], _store.Saves.Select(s => s.Reference.ConversationId));
    }

    [Fact]
    public async Task Post_WhenAConversationsReferenceChanges_SavesTheNewOne()
    {
        using var first = await _host.PostAsync(TestActivities.Message("1767000000105"), ValidToken);
        var renamed = TestActivities.Message("1767000000106");
        renamed["conversation"]!["conversationType"] = "groupChat";
        using var second = await _host.PostAsync(renamed, ValidToken);

        Assert.Equal(["personal", "groupChat"], _store.Saves.Select(s => s.Reference.ConversationType));
    }

    [Fact]
    public async Task Post_WhenTenantIsNotAllowed_Returns403AndNoHandlerRunsAndNothingIsSaved()
    {
        using var message = await _host.PostAsync(FromTenant(TestActivities.Message("1767000000107"), OtherTenantId), ValidToken);
        using var invoke = await _host.PostAsync(FromTenant(TestActivities.CardAction("f:invoke-other", "assign"), OtherTenantId), ValidToken);
        using var noTenant = await _host.PostAsync(WithoutTenant(TestActivities.Message("1767000000108")), ValidToken);

        Assert.Equal(HttpStatusCode.Forbidden, message.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, invoke.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noTenant.StatusCode);
        Assert.Empty(await _host.TurnsAfterProbeAsync(ValidToken)); // only the probe ran
        Assert.DoesNotContain(_store.Saves, s => s.Reference.TenantId != ClinicTenantId);
    }

    [Fact]
    public async Task Post_WhenTenantIsInAllowedTenantIds_IsHandled()
    {
        await using var host = await StartAsync(new Dictionary<string, string?> { ["Bot:AllowedTenantIds:0"] = OtherTenantId });
        var token = Bearer(Create(fixture.BotFrameworkKey.Credentials, host.Clock.GetUtcNow()));

        using var response = await host.PostAsync(FromTenant(TestActivities.Message("1767000000109"), OtherTenantId), token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.Recorder.WaitForAsync("1767000000109");
    }

    [Fact]
    public async Task Post_WhenTheStoreFails_StillHandlesTheActivity()
    {
        await using var host = await BotTestHost.StartAsync(fixture.Server,
            services: s => s.AddSingleton<IConversationReferenceStore, FailingStore>());
        var token = Bearer(Create(fixture.BotFrameworkKey.Credentials, host.Clock.GetUtcNow()));

        using var response = await host.PostAsync(TestActivities.Message("1767000000110"), token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.Recorder.WaitForAsync("1767000000110");
    }

    private Task<BotTestHost> StartAsync(IDictionary<string, string?>? overrides = null) =>
        BotTestHost.StartAsync(fixture.Server, overrides: overrides, services: s => s.AddSingleton<IConversationReferenceStore>(_store));

    private static JsonObject FromTenant(JsonObject activity, string tenantId)
    {
        activity["channelData"]!["tenant"]!["id"] = tenantId;
        activity["conversation"]!["tenantId"] = tenantId;
        return activity;
    }

    private static JsonObject WithoutTenant(JsonObject activity)
    {
        activity.Remove("channelData");
        activity["conversation"]!.AsObject().Remove("tenantId");
        return activity;
    }

    private sealed class FailingStore : IConversationReferenceStore
    {
        public Task SaveAsync(ConversationReference reference, string? userAadObjectId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("storage is down");

        public Task<ConversationReference?> FindForUserAsync(string aadObjectIdOrUserId, CancellationToken cancellationToken) =>
            Task.FromResult<ConversationReference?>(null);

        public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
            Task.FromResult<ConversationReference?>(null);
    }
}
