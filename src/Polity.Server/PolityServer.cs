using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polity.Engine;
using Polity.Server.Apis;
using Polity.Server.Components;

namespace Polity.Server;

/// <summary>Builds the web application: the JSON API under <c>/api</c>, OpenAPI at <c>/openapi/v1.json</c>, the web UI at <c>/</c>.</summary>
public static class PolityServer
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>Builds (without starting) the server for <paramref name="options"/>, listening on <paramref name="urls"/>.</summary>
    public static WebApplication Build(PolityServerOptions options, string urls = DefaultUrls, Action<ILoggingBuilder>? logging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(PolityServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        if (logging is not null)
        {
            logging(builder.Logging);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                // Keys sit unencrypted in the key folder by design (see docs/operating.md): no warning per start.
                .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }
        builder.Services.AddPolityServer(options);
        var app = builder.Build();

        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/api", () => Results.Content(ReferencePage.Html, "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapPolityReads();
        app.MapPolityLog();
        app.MapPolityAuth();
        app.MapPolityCommands();
        app.MapPolityForms();
        app.MapPolityPictures();
        app.MapPolityEip4824();
        app.MapRazorComponents<App>();
        return app;
    }

    /// <summary>Exceptions the API shows as problems: no network yet is 404, bad JSON 400; anything else stays 500.</summary>
    private static int StatusFor(Exception ex) => ex switch
    {
        NetworkMissingException => StatusCodes.Status404NotFound,
        Engine.Storage.ConcurrencyException => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
