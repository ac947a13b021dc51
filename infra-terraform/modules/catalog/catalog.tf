# The function catalogue: one entry per function module of the Maven build (functions/<name>), with the routes it
# serves and the roles each route admits. Roles empty = public (no JWT authorizer in front of the route).
# The Maven build checks this file (TerraformCatalogTest): every function module has exactly one entry, every
# @Funq function exactly one route, and the roles match the access-control table the tests enforce.
locals {
  catalog = {
    "upload-signing" = {
      description = "Presigned upload URLs for photos, video and voice"
      memory_mb   = 512
      timeout_s   = 10
      s3_actions  = ["s3:PutObject"]
      routes = {
        "POST /sign-uploads" = ["citizen", "staff", "handler", "inspector", "screener"]
      }
    }
    "report-intake" = {
      description = "Citizen reports, categories and Open311 intake"
      memory_mb   = 768
      timeout_s   = 15
      s3_actions  = ["s3:GetObject", "s3:PutObject"] # verify uploads, keep attached ones (stripped) under media/
      routes = {
        "POST /submit-report"            = ["citizen", "staff", "inspector"]
        "POST /register-case"            = ["screener"]
        "POST /add-case-info"            = ["citizen", "staff", "inspector"]
        "POST /support-case"             = ["citizen", "staff"]
        "POST /subscribe"                = ["citizen", "staff"]
        "POST /unsubscribe"              = ["citizen", "staff"]
        "GET /my-subscriptions"          = ["citizen", "staff"]
        "POST /block-reporter"           = ["admin"]
        "POST /unblock-reporter"         = ["admin"]
        "GET /list-blocked-reporters"    = ["admin"]
        "GET /list-categories"           = []
        "POST /create-api-key"           = ["admin"]
        "POST /revoke-api-key"           = ["admin"]
        "GET /list-api-keys"             = ["admin"]
        "POST /open311/v2/requests.json" = []
      }
    }
    "status-query" = {
      description = "Case lookup, search, the caller's cases, statistics, the component register and Open311 reads"
      memory_mb   = 768
      timeout_s   = 10
      s3_actions  = ["s3:GetObject"] # the media links in views are presigned with this role's credentials
      routes = {
        "GET /get-case"            = []
        "GET /search-cases"        = []
        "GET /my-cases"            = ["citizen", "staff"]
        "GET /case-stats"          = []
        "GET /case-heatmap"        = []
        "GET /nearby-components"   = []
        "GET /component-cases"     = ["screener", "inspector", "handler", "admin"]
        "GET /export-cases"        = ["screener", "handler", "inspector", "leader", "admin"]
        "GET /open311/v2/{proxy+}" = []
      }
    }
    "triage-routing" = {
      description = "Screening, dispatch, handler and inspector moves, routing and reference data"
      memory_mb   = 768
      timeout_s   = 15
      s3_actions  = ["s3:GetObject", "s3:PutObject"] # verify after-photos, keep them under media/, sign view links
      routes = {
        "POST /screen-case"        = ["screener"]
        "POST /dispatch-case"      = ["screener"]
        "GET /suggest-route"       = ["screener"]
        "GET /route-preview"       = ["screener", "admin"]
        "POST /decide-extension"   = ["screener", "leader"]
        "POST /return-case"        = ["handler"]
        "POST /request-extension"  = ["handler"]
        "POST /report-disposal"    = ["handler"]
        "POST /verify-case"        = ["inspector"]
        "POST /report-check"       = ["inspector"]
        "POST /request-suspension" = ["handler"]
        "POST /decide-suspension"  = ["leader"]
        "POST /defer-case"         = ["leader"]
        "POST /resume-case"        = ["screener", "leader"]
        "POST /void-case"          = ["leader"]
        "POST /close-unresolved"   = ["leader"]
        "GET /work-queue"          = ["screener", "handler", "inspector", "leader"]
        "POST /add-case-note"      = ["screener", "handler", "inspector", "leader"]
        "POST /save-template"      = ["admin"]
        "GET /list-templates"      = ["screener", "handler", "inspector", "leader", "admin"]
        "POST /assign-case"        = ["handler"]
        "GET /department-members"  = ["handler"]
        "POST /moderate-case"      = ["screener"]
        "POST /redact-media"       = ["screener"]
        "POST /save-department"    = ["admin"]
        "GET /list-departments"    = []
        "POST /save-category"      = ["admin"]
        "POST /save-area"          = ["admin"]
        "GET /list-areas"          = ["admin", "screener", "leader"]
        "POST /save-routing-rule"  = ["admin"]
        "GET /list-routing-rules"  = ["admin", "screener"]
        "POST /save-calendar-day"  = ["admin"]
        "GET /list-calendar-days"  = ["admin", "screener"]
        "POST /import-areas"       = ["admin"]
        "POST /save-component"     = ["admin"]
        "POST /import-components"  = ["admin"]
        "POST /place-cases"        = ["admin"]
      }
    }
    "reminder-scheduling" = {
      description = "Deadline reminders, escalation, notification delivery and monthly bulletins"
      memory_mb   = 768
      timeout_s   = 30
      s3_actions  = []
      routes = {
        "POST /run-reminders"         = ["scheduler"]
        "POST /deliver-notifications" = ["scheduler", "admin"]
        "POST /generate-bulletin"     = ["admin", "scheduler"]
        "GET /list-bulletins"         = ["admin", "screener", "leader"]
        "GET /get-bulletin"           = ["admin", "screener", "leader"]
        "POST /save-channel"          = ["admin"]
        "GET /list-channels"          = ["admin"]
        "GET /list-notifications"     = ["admin"]
        "POST /retry-notification"    = ["admin"]
        "POST /discard-notification"  = ["admin"]
      }
    }
    "points-redemption" = {
      description = "Points, rewards, redemptions and case ratings"
      memory_mb   = 512
      timeout_s   = 10
      s3_actions  = []
      routes = {
        "GET /points-balance"     = ["citizen", "staff"]
        "GET /points-history"     = ["citizen", "staff"]
        "GET /my-redemptions"     = ["citizen", "staff"]
        "POST /redeem-reward"     = ["citizen", "staff"]
        "POST /rate-case"         = ["citizen", "staff"]
        "GET /list-rewards"       = []
        "POST /save-reward"       = ["admin"]
        "POST /adjust-points"     = ["admin"]
        "POST /cancel-redemption" = ["admin"]
      }
    }
  }

  # the calls the schedule module makes, with the function that serves each
  schedules = {
    "run-reminders"         = { function = "reminder-scheduling", route = "POST /run-reminders", every = "rate(15 minutes)" }
    "deliver-notifications" = { function = "reminder-scheduling", route = "POST /deliver-notifications", every = "rate(1 minute)" }
    "monthly-bulletin"      = { function = "reminder-scheduling", route = "POST /generate-bulletin", every = "cron(0 2 1 * ? *)" }
  }
}
