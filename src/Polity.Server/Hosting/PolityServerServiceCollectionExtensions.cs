using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Polity.Server;
using Polity.Server.Apis;
using Polity.Server.Auth;
using Polity.Server.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Polity server's services.</summary>
public static class PolityServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the network host (opened from <see cref="PolityServerOptions.Db"/>), custodial keys, Sign-In with Ethereum,
    /// cookie sessions (<c>polity.session</c>, HttpOnly, SameSite=Strict), problem details, JSON in the log's style and OpenAPI.
    /// </summary>
    public static IServiceCollection AddPolityServer(this IServiceCollection services, PolityServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(Options.Options.Create(options));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => NetworkHost.OpenAsync(options.Db, sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult());
        services.AddSingleton(new Custodians(options.Keys, options.KeyPassword));
        services.AddSingleton<SiweVerifier>();
        services.AddSingleton<Writes>();
        services.AddDataProtection()
            .SetApplicationName("Polity")
            .PersistKeysToFileSystem(new DirectoryInfo(options.DataProtectionKeys ?? Path.Combine(options.Keys, "dataprotection")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "polity.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = options.SessionLifetime;
            cookie.LoginPath = "/sign-in";
            cookie.Events.OnRedirectToLogin = ctx => Api401(ctx);
            cookie.Events.OnRedirectToAccessDenied = ctx => Api401(ctx);
        });
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => ServerJson.Configure(json.SerializerOptions));
        services.AddOpenApi("v1", openapi => openapi.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Polity API";
            doc.Info.Description = "Read the network; write as a custodial session (the server signs) or post wallet-signed EIP-712 envelopes. See docs/api.md.";
            return Task.CompletedTask;
        }));
        services.AddRazorComponents();
        return services;
    }

    private static Task Api401(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
