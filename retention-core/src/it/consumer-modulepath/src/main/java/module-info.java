module example.consumer {
  requires io.retentionkit.core;
}
