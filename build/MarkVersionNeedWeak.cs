// Marks one symbol-version requirement of an ELF shared library as weak (VER_FLG_WEAK), so that the
// dynamic loader accepts a libstdc++ that lacks it. libLibTorchSharp.so (TorchSharp 0.107) needs
// GLIBCXX_3.4.32 (GCC 13) for std::ios_base_library_init only, a symbol no relocation refers to:
// Debian 12 and Ubuntu 22.04 ship GCC 12's libstdc++ and would refuse to load it.
// The file is rewritten next to itself and renamed over: a hard link into the NuGet cache is
// replaced, never written through. Idempotent; a file that is not ELF64 little-endian is left alone.
// Compiled by MSBuild (RoslynCodeTaskFactory, see TorchSharp.targets; netstandard2.0 APIs only)
// and by the kit's tests.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class MarkVersionNeedWeak : Microsoft.Build.Utilities.Task
{
    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string Version { get; set; } = "";

    public override bool Execute()
    {
        foreach (var item in Files)
        {
            var path = item.ItemSpec;
            if (!File.Exists(path)) continue;
            var outcome = ElfVersionNeeds.MarkWeak(path, Version);
            Log.LogMessage(MessageImportance.Low, $"{Version} in {path}: {outcome}");
        }
        return !Log.HasLoggedErrors;
    }
}

public enum WeakMarkOutcome { NotElf, NotNeeded, AlreadyWeak, Marked }

public static class ElfVersionNeeds
{
    const uint ShtGnuVerneed = 0x6ffffffe;
    const ushort VerFlgWeak = 0x2;

    public static WeakMarkOutcome MarkWeak(string path, string version)
    {
        var bytes = File.ReadAllBytes(path);
        var outcome = MarkWeak(bytes, version);
        if (outcome != WeakMarkOutcome.Marked) return outcome;
        var temporary = path + ".weak-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, bytes);
        File.Delete(path); // unlinks this name only: the NuGet cache's copy is untouched
        File.Move(temporary, path);
        return outcome;
    }

    /// <summary>Flags the requirement in <paramref name="elf"/> in place and says what it did.</summary>
    public static WeakMarkOutcome MarkWeak(byte[] elf, string version)
    {
        if (!IsElf64LittleEndian(elf)) return WeakMarkOutcome.NotElf;
        foreach (var (flagsOffset, name) in Requirements(elf))
        {
            if (name != version) continue;
            var flags = U16(elf, flagsOffset);
            if ((flags & VerFlgWeak) != 0) return WeakMarkOutcome.AlreadyWeak;
            var marked = (ushort)(flags | VerFlgWeak);
            elf[flagsOffset] = (byte)marked;
            elf[flagsOffset + 1] = (byte)(marked >> 8);
            return WeakMarkOutcome.Marked;
        }
        return WeakMarkOutcome.NotNeeded;
    }

    /// <summary>Every version requirement (Vernaux entry): where its flags are, and its name.</summary>
    public static System.Collections.Generic.IEnumerable<(int FlagsOffset, string Name)> Requirements(byte[] elf)
    {
        if (!IsElf64LittleEndian(elf)) yield break;
        long sectionTable = (long)U64(elf, 0x28);
        int entrySize = U16(elf, 0x3A), count = U16(elf, 0x3C);
        for (var i = 0; i < count; i++)
        {
            var header = (int)(sectionTable + (long)i * entrySize);
            if (U32(elf, header + 4) != ShtGnuVerneed) continue;
            var strings = (int)(sectionTable + (long)U32(elf, header + 0x28) * entrySize);
            var stringsOffset = (long)U64(elf, strings + 0x18);
            var need = (int)(long)U64(elf, header + 0x18);
            var needCount = U32(elf, header + 0x2C); // sh_info: number of Verneed entries
            for (var n = 0; n < needCount; n++)
            {
                int auxCount = U16(elf, need + 2);
                var aux = need + (int)U32(elf, need + 8);
                for (var a = 0; a < auxCount; a++)
                {
                    yield return (aux + 4, CString(elf, stringsOffset + U32(elf, aux + 8)));
                    aux += (int)U32(elf, aux + 12);
                }
                var next = U32(elf, need + 12);
                if (next == 0) break;
                need += (int)next;
            }
        }
    }

    public static bool IsWeak(byte[] elf, int flagsOffset) => (U16(elf, flagsOffset) & VerFlgWeak) != 0;

    static bool IsElf64LittleEndian(byte[] b) =>
        b.Length > 0x40 && b[0] == 0x7F && b[1] == (byte)'E' && b[2] == (byte)'L' && b[3] == (byte)'F'
        && b[4] == 2 /* ELFCLASS64 */ && b[5] == 1 /* little-endian */;

    static ushort U16(byte[] b, long o) => BitConverter.ToUInt16(b, (int)o);
    static uint U32(byte[] b, long o) => BitConverter.ToUInt32(b, (int)o);
    static ulong U64(byte[] b, long o) => BitConverter.ToUInt64(b, (int)o);

    static string CString(byte[] b, long o)
    {
        var end = (int)o;
        while (end < b.Length && b[end] != 0) end++;
        return Encoding.ASCII.GetString(b, (int)o, end - (int)o);
    }
}
