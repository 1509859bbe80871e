# Generates the metafor conformance data for MscDomain's evidence synthesis (issue 13).
# Run from this folder:  Rscript make-expected.R
# Needs R with metafor (Debian: apt-get install r-cran-metafor); written against metafor 3.8-1.
# Writes:
#   inputs/<dataset>.csv   one CSV per dataset: study, then the escalc() argument names (the CLI input format)
#   datasets.csv           dataset, measures it is analysed with
#   expected-pooled.csv    one row per dataset x measure x method x test: metafor's rma()/predict() numbers
#   expected-studies.csv   one row per dataset x measure x method x test x study: escalc yi, vi and weights() in percent
# Iterative estimators are run with control=list(threshold=1e-12, tol=1e-12, maxiter=10000), which is what MscDomain
# solves to (relative change < 1e-10). A fit metafor refuses is written with status "error" and its message.
suppressPackageStartupMessages(library(metafor))
options(warn = 1)
set.seed(20261204)
dir.create("inputs", showWarnings = FALSE)

datasets <- list()
add <- function(name, measures, df) datasets[[name]] <<- list(measures = measures, data = df)

# --- 2x2 tables (RR, OR, RD) ------------------------------------------------------------------------------
k <- 8; n1 <- sample(20:120, k); n2 <- sample(20:120, k)
p2 <- runif(k, 0.1, 0.5); p1 <- plogis(qlogis(p2) + rnorm(k, -0.5, 0.7))
ai <- rbinom(k, n1, p1); ci <- rbinom(k, n2, p2)
ai[2] <- 0                       # a single zero cell
ai[5] <- 0; ci[5] <- 0            # a double-zero study (kept, metafor's drop00 = FALSE)
add("bin-het", c("RR", "OR", "RD"), data.frame(study = paste0("S", 1:k), ai = ai, bi = n1 - ai, ci = ci, di = n2 - ci))
k <- 5; n1 <- sample(50:200, k); n2 <- sample(50:200, k)
ai <- rbinom(k, n1, 0.3); ci <- rbinom(k, n2, 0.3)
add("bin-hom-n", c("RR", "OR", "RD"), data.frame(study = paste0("T", 1:k), ai = ai, n1i = n1, ci = ci, n2i = n2))
add("bin-k2", c("RR", "OR", "RD"), data.frame(study = c("A", "B"), ai = c(3, 12), bi = c(27, 18), ci = c(9, 10), di = c(21, 22)))
add("bin-k1", c("RR", "OR", "RD"), data.frame(study = "Only", ai = 4, bi = 16, ci = 8, di = 12))

# --- means (MD, SMD, ROM) -----------------------------------------------------------------------------------
k <- 7; n1 <- sample(4:40, k); n2 <- sample(4:40, k)
m2 <- runif(k, 20, 40); m1 <- m2 * exp(rnorm(k, 0.1, 0.15))
add("cont-het", c("MD", "SMD", "ROM"), data.frame(study = paste0("C", 1:k), m1i = round(m1, 2), sd1i = round(runif(k, 3, 9), 2), n1i = n1,
                                                   m2i = round(m2, 2), sd2i = round(runif(k, 3, 9), 2), n2i = n2))
k <- 4; n1 <- sample(15:60, k); n2 <- sample(15:60, k)
add("cont-hom", c("MD", "SMD", "ROM"), data.frame(study = paste0("H", 1:k), m1i = round(10 + rnorm(k, 0, 0.1), 2), sd1i = round(runif(k, 4, 6), 2), n1i = n1,
                                                   m2i = round(10 + rnorm(k, 0, 0.1), 2), sd2i = round(runif(k, 4, 6), 2), n2i = n2))
add("cont-k2", c("MD", "SMD", "ROM"), data.frame(study = c("P", "Q"), m1i = c(5.2, 6.8), sd1i = c(1.1, 2.3), n1i = c(3, 12),
                                                  m2i = c(4.1, 4.9), sd2i = c(1.4, 2.0), n2i = c(2, 11)))
add("cont-k1", c("MD", "SMD", "ROM"), data.frame(study = "Single", m1i = 3.5, sd1i = 1.2, n1i = 10, m2i = 2.9, sd2i = 1.0, n2i = 9))

# --- single proportions (PR, PLO, PAS) -----------------------------------------------------------------------
k <- 9; ni <- sample(10:80, k); xi <- rbinom(k, ni, plogis(rnorm(k, -1, 0.8)))
xi[3] <- 0; xi[7] <- ni[7]        # x = 0 and x = n
add("prop-het", c("PR", "PLO", "PAS"), data.frame(study = paste0("P", 1:k), xi = xi, ni = ni))
k <- 4; ni <- sample(100:300, k)
add("prop-hom", c("PR", "PLO", "PAS"), data.frame(study = paste0("Q", 1:k), xi = rbinom(k, ni, 0.2), ni = ni))
add("prop-k1", c("PR", "PLO", "PAS"), data.frame(study = "One", xi = 7, ni = 25))

# --- single rates (IR, IRLN) -------------------------------------------------------------------------------
k <- 6; ti <- round(runif(k, 50, 400), 1); xi <- rpois(k, ti * exp(rnorm(k, -3, 0.6)))
xi[4] <- 0
add("rate-het", c("IR", "IRLN"), data.frame(study = paste0("R", 1:k), xi = xi, ti = ti))
add("rate-k2", c("IR", "IRLN"), data.frame(study = c("R1", "R2"), xi = c(12, 15), ti = c(240.5, 251)))

# --- two rates (IRR, IRD) ----------------------------------------------------------------------------------
k <- 7; t1 <- round(runif(k, 80, 500), 1); t2 <- round(runif(k, 80, 500), 1)
x2 <- rpois(k, t2 * 0.03); x1 <- rpois(k, t1 * 0.03 * exp(rnorm(k, -0.4, 0.5)))
x1[2] <- 0; x1[6] <- 0; x2[6] <- 0
add("rates2-het", c("IRR", "IRD"), data.frame(study = paste0("I", 1:k), x1i = x1, t1i = t1, x2i = x2, t2i = t2))
add("rates2-k1", c("IRR", "IRD"), data.frame(study = "Lone", x1i = 5, t1i = 100, x2i = 9, t2i = 110))

# --- generic (GEN) -----------------------------------------------------------------------------------------
k <- 10; vi <- runif(k, 0.01, 0.2)
add("gen-vi", "GEN", data.frame(study = paste0("G", 1:k), yi = round(rnorm(k, 0.3, sqrt(vi + 0.05)), 4), vi = round(vi, 5)))
k <- 5; sei <- runif(k, 0.1, 0.3)
add("gen-sei", "GEN", data.frame(study = paste0("E", 1:k), yi = round(rnorm(k, -0.2, sei), 4), sei = round(sei, 4)))
add("gen-equal", "GEN", data.frame(study = paste0("Z", 1:3), yi = c(0.5, 0.5, 0.5), vi = c(0.1, 0.2, 0.3)))

fmt <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "NA" else sprintf("%.17g", x)
methods <- c("EE", "FE", "DL", "REML", "ML", "PM", "HE", "HS", "SJ", "EB")
tests <- c("z", "knha")
ctrl <- list(threshold = 1e-12, tol = 1e-12, maxiter = 10000)
pooled <- list(); studies <- list(); ds <- list()
for (name in names(datasets)) {
  d <- datasets[[name]]$data
  write.csv(d, file.path("inputs", paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
  ds[[length(ds) + 1]] <- data.frame(dataset = name, measures = paste(datasets[[name]]$measures, collapse = " "))
  for (measure in datasets[[name]]$measures) {
    args <- as.list(d[, setdiff(names(d), "study"), drop = FALSE]); args$measure <- measure
    es <- do.call(escalc, args)
    for (method in methods) for (test in tests) {
      fit <- tryCatch(suppressWarnings(rma(yi, vi, data = es, method = method, test = test, control = ctrl)), error = function(e) e)
      key <- data.frame(dataset = name, measure = measure, method = method, test = test)
      if (inherits(fit, "error")) {
        pooled[[length(pooled) + 1]] <- cbind(key, status = "error", message = gsub("[,\n]", " ", conditionMessage(fit)), k = NA, estimate = NA, se = NA, stat = NA, pval = NA,
                                               ci_lb = NA, ci_ub = NA, pi_lb = NA, pi_ub = NA, tau2 = NA, I2 = NA, H2 = NA, Q = NA, Q_df = NA, Q_pval = NA)
        next
      }
      p <- predict(fit)
      pil <- if (is.null(p$pi.lb)) p$ci.lb else p$pi.lb
      piu <- if (is.null(p$pi.ub)) p$ci.ub else p$pi.ub
      pooled[[length(pooled) + 1]] <- cbind(key, status = "ok", message = "", k = fit$k, estimate = fmt(fit$beta[1]), se = fmt(fit$se), stat = fmt(fit$zval), pval = fmt(fit$pval),
                                             ci_lb = fmt(fit$ci.lb), ci_ub = fmt(fit$ci.ub), pi_lb = fmt(pil), pi_ub = fmt(piu), tau2 = fmt(fit$tau2), I2 = fmt(fit$I2), H2 = fmt(fit$H2),
                                             Q = fmt(fit$QE), Q_df = fit$k - 1, Q_pval = fmt(fit$QEp))
      studies[[length(studies) + 1]] <- cbind(key, study = d$study, yi = sapply(es$yi, fmt), vi = sapply(es$vi, fmt), weight = sapply(weights(fit), fmt))
    }
  }
}
write.csv(do.call(rbind, ds), "datasets.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, pooled), "expected-pooled.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, studies), "expected-studies.csv", row.names = FALSE, quote = FALSE)
cat("metafor", as.character(packageVersion("metafor")), "\n", file = "metafor-version.txt")
