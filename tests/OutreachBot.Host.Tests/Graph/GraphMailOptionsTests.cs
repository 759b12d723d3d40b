using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutreachBot.Host.Graph;
using OutreachBot.Host.Mailbox.Graph;

namespace OutreachBot.Host.Tests.Graph;

/// <summary>A misconfigured Graph mail source fails at start with a message that names the setting.</summary>
public sealed class GraphMailOptionsTests
{
    [Fact]
    public void Options_WhenEnabledWithoutMailboxes_FailNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<GraphMailOptions>(new() { ["Graph:Mail:Enabled"] = "true" }));

        Assert.Contains("Graph:Mail:Mailboxes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WhenAMailboxHasNoUser_FailNamingTheMailbox()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<GraphMailOptions>(new()
        {
            ["Graph:Mail:Enabled"] = "true",
            ["Graph:Mail:Mailboxes:0:Folders:0"] = "inbox",
        }));

        Assert.Contains("Graph:Mail:Mailboxes:0:User", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_WhenDisabled_NeedNothingAndDefaultToTheInbox()
    {
        var options = Resolve<GraphMailOptions>(new() { ["Graph:Mail:Mailboxes:0:User"] = "intake@clinic.example" });

        Assert.False(options.Enabled);
        Assert.Equal(["inbox"], options.Mailboxes[0].Folders);
    }

    [Fact]
    public void GraphOptions_WhenASecretComesWithoutTenantOrClient_FailNamingThem()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<GraphOptions>(new() { ["Graph:ClientSecret"] = "s" }));

        Assert.Contains("Graph:TenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphOptions_WhenBaseUrlIsPlainHttpToAnotherHost_Fail()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve<GraphOptions>(new() { ["Graph:BaseUrl"] = "http://graph.example/v1.0" }));

        Assert.Contains("Graph:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    private static T Resolve<T>(Dictionary<string, string?> settings)
        where T : class
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddGraphMail();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<T>>().Value;
    }
}
