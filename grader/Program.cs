using Attention.Grader.Child;
using Attention.Grader.Commands;
using Attention.Grader.Protocol;

// The hidden child command runs student code; everything else is the command line.
return args is [ChildJob.Command, ..] ? ChildProgram.Run() : CommandLine.Invoke(args);
