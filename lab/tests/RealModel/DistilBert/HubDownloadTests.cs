using System.Security.Cryptography;
using Attention.Lab.RealModel;
using Attention.Lab.RealModel.DistilBert;

namespace Attention.Lab.Tests.RealModel.DistilBert;

/// <summary>Downloads from a local stand-in of the hub: the real one is never contacted.</summary>
public sealed class HubDownloadTests
{
    const int Size = 300_000;

    static readonly byte[] Content = RandomNumberGenerator.GetBytes(Size);

    static readonly HubFile File_ = new("someone/model", "0123456789abcdef0123456789abcdef01234567", "model.safetensors",
        Convert.ToHexStringLower(SHA256.HashData(Content)));

    static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Records every report, synchronously (Progress&lt;T&gt; would post them later).</summary>
    sealed class RecordedProgress : IProgress<DownloadProgress>
    {
        public List<DownloadProgress> Reports { get; } = [];

        public void Report(DownloadProgress value) => Reports.Add(value);
    }

    static LocalHub Serving(HubFile file)
    {
        var hub = new LocalHub();
        hub.Add(file.UrlPath, Content);
        return hub;
    }

    [Fact]
    public async Task The_file_lands_in_the_cache_folder_and_progress_reaches_its_size()
    {
        using var hub = Serving(File_);
        using var download = new HubDownload(hub.Endpoint);
        var directory = Path.Combine(Temporary.Directory(), "cache");
        var progress = new RecordedProgress();

        var path = await download.FetchAsync(File_, directory, progress, Cancellation);

        path.Should().Be(Path.Combine(directory, "model.safetensors"));
        File.ReadAllBytes(path).Should().Equal(Content);
        Directory.GetFiles(directory).Should().ContainSingle("no temporary file is left");
        progress.Reports.Should().HaveCountGreaterThan(2);
        progress.Reports.Select(report => report.BytesDone).Should().BeInAscendingOrder();
        progress.Reports.Should().OnlyContain(report => report.TotalBytes == Size && report.File == "model.safetensors");
        progress.Reports[^1].BytesDone.Should().Be(Size);
    }

    [Fact]
    public async Task A_file_already_in_the_cache_is_not_downloaded_again()
    {
        using var hub = Serving(File_);
        using var download = new HubDownload(hub.Endpoint);
        var directory = Temporary.Directory();
        await download.FetchAsync(File_, directory, null, Cancellation);
        var progress = new RecordedProgress();

        var path = await download.FetchAsync(File_, directory, progress, Cancellation);

        hub.Requests.Should().Be(1);
        progress.Reports.Should().BeEmpty();
        File.ReadAllBytes(path).Should().Equal(Content);
    }

    [Fact]
    public async Task No_network_suggests_use_lite()
    {
        using var download = new HubDownload("http://127.0.0.1:1", TimeSpan.FromSeconds(5));
        var directory = Temporary.Directory();

        var fetch = () => download.FetchAsync(File_, directory, null, Cancellation);

        (await fetch.Should().ThrowAsync<ModelUnavailableException>())
            .Which.Message.Should().Contain("--model use-lite").And.Contain("127.0.0.1").And.NotContain("\n");
        Directory.GetFiles(directory).Should().BeEmpty();
    }

    [Fact]
    public async Task A_hub_that_never_answers_times_out_as_no_network()
    {
        using var hub = Serving(File_);
        hub.Stall = true;
        using var download = new HubDownload(hub.Endpoint, TimeSpan.FromMilliseconds(500));
        var directory = Temporary.Directory();

        var fetch = () => download.FetchAsync(File_, directory, null, Cancellation);

        (await fetch.Should().ThrowAsync<ModelUnavailableException>()).Which.Message.Should().Contain("--model use-lite");
        Directory.GetFiles(directory).Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_download_is_not_a_network_error_and_leaves_nothing()
    {
        using var hub = Serving(File_);
        hub.Stall = true;
        using var download = new HubDownload(hub.Endpoint, TimeSpan.FromSeconds(30));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
        var directory = Temporary.Directory();

        var fetch = () => download.FetchAsync(File_, directory, null, cancel.Token);

        await fetch.Should().ThrowAsync<OperationCanceledException>();
        Directory.GetFiles(directory).Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_file_reports_its_HTTP_status()
    {
        using var hub = Serving(File_);
        using var download = new HubDownload(hub.Endpoint);
        var missing = File_ with { Name = "vocab.txt" };

        var fetch = () => download.FetchAsync(missing, Temporary.Directory(), null, Cancellation);

        (await fetch.Should().ThrowAsync<ModelUnavailableException>())
            .Which.Message.Should().Contain("404").And.Contain("vocab.txt").And.NotContain("\n");
    }

    [Fact]
    public async Task An_interrupted_download_leaves_nothing_in_the_cache()
    {
        using var hub = Serving(File_);
        hub.CutHalfway = true;
        using var download = new HubDownload(hub.Endpoint, TimeSpan.FromSeconds(5));
        var directory = Temporary.Directory();

        var fetch = () => download.FetchAsync(File_, directory, null, Cancellation);

        (await fetch.Should().ThrowAsync<ModelUnavailableException>()).Which.Message.Should().Contain("model.safetensors");
        Directory.GetFiles(directory).Should().BeEmpty();
    }

    [Fact]
    public async Task A_download_that_does_not_match_its_sha256_is_deleted()
    {
        var tampered = File_ with { Sha256 = new string('0', 64) };
        using var hub = Serving(tampered);
        using var download = new HubDownload(hub.Endpoint);
        var directory = Temporary.Directory();

        var fetch = () => download.FetchAsync(tampered, directory, null, Cancellation);

        (await fetch.Should().ThrowAsync<ModelUnavailableException>()).Which.Message.Should().Contain(File_.Sha256);
        Directory.GetFiles(directory).Should().BeEmpty();
    }

    [Fact]
    public void The_endpoint_comes_from_ATTENTION_HF_ENDPOINT_unless_given()
    {
        var previous = Environment.GetEnvironmentVariable(HubDownload.EndpointVariable);
        try
        {
            Environment.SetEnvironmentVariable(HubDownload.EndpointVariable, "http://mirror.example:8080/hf");
            using (var fromVariable = new HubDownload())
                fromVariable.Endpoint.Should().Be(new Uri("http://mirror.example:8080/hf/"));
            using (var given = new HubDownload("http://127.0.0.1:9"))
                given.Endpoint.Should().Be(new Uri("http://127.0.0.1:9/"));
            Environment.SetEnvironmentVariable(HubDownload.EndpointVariable, null);
            using var hub = new HubDownload();
            hub.Endpoint.Should().Be(new Uri("https://huggingface.co/"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(HubDownload.EndpointVariable, previous);
        }
    }

    [Fact]
    public void The_pinned_files_resolve_to_the_hub_revision()
    {
        using var hub = new HubDownload("https://huggingface.co");

        new Uri(hub.Endpoint, DistilBertHub.Weights.UrlPath).ToString().Should().Be(
            "https://huggingface.co/distilbert/distilbert-base-uncased/resolve/12040accade4e8a0f71eabdb258fecc2e7e948be/model.safetensors");
        DistilBertHub.Weights.Sha256.Should().Be("5e3f1108e3cb34ee048634875d8482665b65ac713291a7e32396fb18f6ff0063");
    }
}
