using TorchSharp; using static TorchSharp.torch;
var which = args.Length > 0 ? args[0] : "matmul";
try {
  var a = randn(3, 4); var b = randn(5, 6);
  Tensor r = which switch { "matmul" => a.matmul(b), "t" => randn(2,3,4).t(), "mm" => a.mm(b), "add" => a + b, "bmm" => randn(2,3,4).bmm(randn(2,5,6)), _ => a };
  Console.WriteLine("no error " + string.Join(",", r.shape));
} catch (Exception e) { Console.WriteLine("caught: " + e.GetType().Name + ": " + e.Message.Split('\n')[0]); }
