# The site-specific part of deploy/varnish/ledger.vcl, for instances on other
# hosts: copy it to site.vcl beside (or on the vcl_path of) ledger.vcl and
# edit the addresses. `npm run cluster` writes its own for the instances it
# starts on this machine.
import directors;

# An instance is in service while /api/ready says 200 (its database answers
# and every migration is applied): two good answers out of the last three,
# one a second.
probe ledger_ready {
  .url = "/api/ready";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

backend app1 {
  .host = "10.0.0.11";
  .port = "3000";
  .probe = ledger_ready;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
}

backend app2 {
  .host = "10.0.0.12";
  .port = "3000";
  .probe = ledger_ready;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
}

# Who may purge: the app instances (their editors' saves and the scheduler purge by tag). Not this host's own
# loopback: Varnish does not speak TLS, and a TLS proxy on this host would reach it from 127.0.0.1 on every
# reader's behalf, letting anyone purge. (Give that proxy the PROXY protocol instead; see the README.)
acl purgers {
  "10.0.0.11";
  "10.0.0.12";
}

sub vcl_init {
  new ledger = directors.round_robin();
  ledger.add_backend(app1);
  ledger.add_backend(app2);
}

# The page readers get when no instance can answer: write it with
# `npm run cluster -- --write-unavailable-page <file>` and copy it here.
sub ledger_unavailable_page {
  synthetic(std.fileread("/etc/varnish/ledger-unavailable.html"));
}
