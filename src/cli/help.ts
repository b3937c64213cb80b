export const PROGRAM = "dynamodb-patterns";

export const MAIN_HELP = `Usage: ${PROGRAM} <command> [flags]

Commands:
  serve     Run a DynamoDB-compatible HTTP endpoint backed by the embedded engine
  help      Show this help, or 'help serve' for the flags of serve

Run '${PROGRAM} serve --help' for the flags of serve.
`;

export const SERVE_HELP = `Usage: ${PROGRAM} serve [flags]

Runs an HTTP endpoint speaking DynamoDB's JSON protocol, with all data in memory. Point any AWS
SDK, the AWS CLI or boto3 at it with --endpoint-url (any credentials are accepted). Prints one
line once it is ready; stops cleanly on Ctrl-C (SIGINT) or SIGTERM.

Flags:
  -p, --port N             TCP port to listen on, 0 for any free port (default 8000)
      --host H             Interface to bind (default 127.0.0.1: this machine only; 0.0.0.0 for all)
      --region R           Region named in table ARNs and in the health answer (default us-east-1)
      --table-delays SPEC  Keep tables in CREATING / DELETING / UPDATING for a while, to test code
                           that waits on table status. SPEC is milliseconds for all three (500)
                           or any of create=MS,delete=MS,update=MS. Default: no delays, tables
                           are ACTIVE as soon as CreateTable answers.
      --ttl-sweep-ms N     Delete items whose TTL attribute has passed every N ms, as DynamoDB's
                           background TTL process does (default: no background deletion)
      --fault-unprocessed F
                           Return this share (0 to 1) of batch reads and writes as unprocessed,
                           to exercise retry code (default 0)
      --fault-conflict F   Cancel this share (0 to 1) of transactions with TransactionConflict
      --fault-seed N       Make the injected faults repeat exactly from run to run
      --catalog            Create every catalog table and load its example items, then print
                           them and how to connect (what 'npm start' runs)
  -h, --help               Show this help
`;
