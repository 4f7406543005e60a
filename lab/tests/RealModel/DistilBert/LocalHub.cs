using System.Net;
using System.Net.Sockets;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>
/// A stand-in for the Hugging Face hub on 127.0.0.1: serves the files it is given at
/// /{repository}/resolve/{revision}/{name}, 404 otherwise, and can cut a download half-way.
/// </summary>
public sealed class LocalHub : IDisposable
{
    readonly HttpListener listener = new();
    readonly Dictionary<string, byte[]> files = [];
    readonly Task serving;
    readonly CancellationTokenSource stop = new();
    int requests;

    public string Endpoint { get; }

    /// <summary>How many requests it answered.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Sends half of each file, then drops the connection.</summary>
    public bool CutHalfway { get; set; }

    /// <summary>Accepts the connection and never answers, like a hub behind a dead link.</summary>
    public bool Stall { get; set; }

    public LocalHub()
    {
        Endpoint = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(Endpoint);
        listener.Start();
        serving = Task.Run(Serve);
    }

    public void Add(string urlPath, byte[] content) => files["/" + urlPath] = content;

    async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Interlocked.Increment(ref requests);
            var response = context.Response;
            try
            {
                if (Stall)
                {
                    await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                    response.Abort();
                    continue;
                }
                if (!files.TryGetValue(context.Request.Url!.AbsolutePath, out var content))
                {
                    response.StatusCode = 404;
                    response.Close();
                    continue;
                }
                response.ContentLength64 = content.Length;
                if (CutHalfway)
                {
                    await response.OutputStream.WriteAsync(content.AsMemory(0, content.Length / 2));
                    await response.OutputStream.FlushAsync();
                    response.Abort();
                    continue;
                }
                await response.OutputStream.WriteAsync(content);
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client went away: nothing to do.
            }
        }
    }

    static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
        stop.Dispose();
    }
}
