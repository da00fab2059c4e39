using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Tests.View;

/// <summary>
/// Debian's headless Chromium driven over its DevTools protocol (System.Net.WebSockets, no browser download):
/// started with <c>--remote-debugging-port=0</c> and a temporary profile, the port read from DevToolsActivePort,
/// one page target. Only loopback traffic; the process this starts is killed (by its handle) on dispose.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string AptHint = "install Debian's chromium package (`apt-get install -y chromium`; fonts-noto-cjk renders the Chinese labels) or set CHROMIUM_PATH; set GRAPH_SKIP_BROWSER=1 to skip the browser tests visibly";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private int _nextId;

    private HeadlessChromium(Process process, string profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
    }

    /// <summary>The browser executable: CHROMIUM_PATH when set, else /usr/bin/chromium; null when that file does not exist.</summary>
    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var path = string.IsNullOrEmpty(configured) ? "/usr/bin/chromium" : configured;
        return File.Exists(path) ? path : null;
    }

    public static async Task<HeadlessChromium> StartAsync(string executable, int width = 1400, int height = 900)
    {
        var profile = Directory.CreateTempSubdirectory("graph-view-chromium-").FullName;
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", $"--user-data-dir={profile}",
                     $"--window-size={width},{height}", "about:blank",
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var portFile = Path.Combine(profile, "DevToolsActivePort");
            var clock = Stopwatch.StartNew();
            while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
            {
                if (process.HasExited || clock.Elapsed > Timeout)
                {
                    string log;
                    lock (stderr) { log = stderr.ToString(); }
                    throw new InvalidOperationException($"{executable} did not open its DevTools port (exited: {process.HasExited}). Its stderr:\n{log}");
                }

                await Task.Delay(50);
            }

            var port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
            using var http = new HttpClient { Timeout = Timeout };
            var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
            var page = targets.First(t => (string?)t!["type"] == "page")!;
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            using var cts = new CancellationTokenSource(Timeout);
            await socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), cts.Token);
            var browser = new HeadlessChromium(process, profile, socket);
            await browser.SendAsync("Page.enable");
            await browser.SendAsync("Runtime.enable");
            return browser;
        }
        catch
        {
            Kill(process);
            TryDelete(profile);
            throw;
        }
    }

    /// <summary>Navigates and waits until <paramref name="readyExpression"/> is true in the page.</summary>
    public async Task OpenAsync(string url, string readyExpression)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await EvaluateAsync($"!!({readyExpression})") is { ValueKind: JsonValueKind.True })
                {
                    return;
                }
            }
            catch (JavaScriptException)
            {
                // The page is still loading (or the old one is being torn down).
            }

            if (clock.Elapsed > Timeout)
            {
                throw new TimeoutException($"{url}: '{readyExpression}' did not become true within {Timeout.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Evaluates an expression (promises awaited) and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        });
        if (result.TryGetProperty("exceptionDetails", out var ex))
        {
            throw new JavaScriptException($"{expression}: {ex.GetRawText()}");
        }

        var remote = result.GetProperty("result");
        return remote.TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>A real left click at CSS pixel (x, y) of the viewport.</summary>
    public async Task ClickAsync(double x, double y)
    {
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseMoved", ["x"] = x, ["y"] = y });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mousePressed", ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 });
        await SendAsync("Input.dispatchMouseEvent", new JsonObject { ["type"] = "mouseReleased", ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = 1 });
    }

    /// <summary>A PNG of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        using var cts = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cts.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var ms = new MemoryStream();
            WebSocketReceiveResult r;
            do
            {
                r = await _socket.ReceiveAsync(buffer, cts.Token);
                if (r.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException($"Chromium closed the DevTools connection during {method}.");
                }

                ms.Write(buffer, 0, r.Count);
            }
            while (!r.EndOfMessage);

            using var doc = JsonDocument.Parse(ms.ToArray());
            if (doc.RootElement.TryGetProperty("id", out var rid) && rid.GetInt32() == id)
            {
                if (doc.RootElement.TryGetProperty("error", out var error))
                {
                    throw new InvalidOperationException($"DevTools {method} failed: {error.GetRawText()}");
                }

                return doc.RootElement.GetProperty("result").Clone();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cts.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            // The browser may already be gone.
        }

        _socket.Dispose();
        Kill(_process);
        TryDelete(_profile);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A script error in the page.</summary>
public sealed class JavaScriptException(string message) : Exception(message);
