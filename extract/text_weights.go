package extract

// htmlTextWeights are the text block model's regression weights as
// fitted on 2026-11-30, which the HTML block model reads as a feature
// (htmlFeatures' f[22]): its trees and weights were fitted on them
// (TestHTMLTrain), so they stay when the text model is refitted
// (text_fit.go).
var htmlTextWeights = [textNumFeatures]float64{
	-0.4980, -0.0483, -0.4126, 0.3116, 0.1872, 0.0977,
	-0.4559, 0.1913, -2.0145, -0.7775, -1.3502, 1.6037,
	0.2154, -0.0169, 0.0222, 0.1758, 0.3181, 0.4237,
	-0.8790, -0.9985, 0.0624, -1.3157, -0.3003, 0.4434,
	-0.0006, 0.1290, -0.2434, 0.3210, -0.7093, -0.4520,
	-0.2686, -1.3803, -0.9155, -0.3827, -0.5851, 0.3004,
	0.3063, 0.0469,
}

var textPageWeights = [textPageFeatures]float64{
	1.8087, -1.0918, 1.1189, 0.4655, 1.8962, 0.2403,
	0.6345, 0.3756, 0.0901, 2.0825, 0.1358, 0.4482,
	-0.3005, -1.4567,
}
var textTitleWeights = [textTitleFeatures]float64{
	-3.0817, 0.8055, -2.5142, -2.1296, 0.7635, 0.6751,
	1.7056, 4.7740, -0.2547, -1.0804, -1.7038, -0.0785,
	1.3626, -1.5461, 0.6039, 0.1424, 2.8312, 1.6208,
	0.8568, 0.3737, -0.3604, -2.2495, 1.4961, -2.2356,
	-2.1531, 0.4320, 1.3611, 0.8042, 0.5962, 4.2923,
	1.7284, 0.4560, -1.7803, -1.4986, 0.2975,
}
